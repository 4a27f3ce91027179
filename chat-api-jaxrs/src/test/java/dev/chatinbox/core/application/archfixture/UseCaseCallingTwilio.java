package dev.chatinbox.core.application.archfixture;

import com.twilio.type.PhoneNumber;

/** Breaks the application and Twilio rules on purpose (ArchitectureRulesTest). */
public class UseCaseCallingTwilio {
  Object recipient() {
    return new PhoneNumber("+14155550100");
  }
}
