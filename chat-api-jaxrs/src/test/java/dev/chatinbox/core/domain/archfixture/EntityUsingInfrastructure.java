package dev.chatinbox.core.domain.archfixture;

import dev.chatinbox.core.infrastructure.carrier.ConfigValues;

/**
 * Breaks the domain rule on purpose (ArchitectureRulesTest): a domain class using infrastructure.
 */
public class EntityUsingInfrastructure {
  String environmentName() {
    return ConfigValues.env("chat.a");
  }
}
