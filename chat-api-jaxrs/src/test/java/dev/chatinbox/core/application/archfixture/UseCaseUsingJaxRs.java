package dev.chatinbox.core.application.archfixture;

import jakarta.ws.rs.NotFoundException;

/** Breaks the application and core rules on purpose (ArchitectureRulesTest). */
public class UseCaseUsingJaxRs {
  void fail() {
    throw new NotFoundException();
  }
}
