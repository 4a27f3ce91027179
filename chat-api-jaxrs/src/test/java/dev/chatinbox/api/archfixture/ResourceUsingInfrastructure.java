package dev.chatinbox.api.archfixture;

import dev.chatinbox.core.infrastructure.carrier.ConfigValues;

/** Breaks the API rule on purpose (ArchitectureRulesTest): a resource using infrastructure. */
public class ResourceUsingInfrastructure {
  String environmentName() {
    return ConfigValues.env("chat.a");
  }
}
