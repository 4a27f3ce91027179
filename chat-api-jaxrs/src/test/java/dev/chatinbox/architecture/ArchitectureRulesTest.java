package dev.chatinbox.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.chatinbox.api.archfixture.ResourceUsingInfrastructure;
import dev.chatinbox.core.application.archfixture.UseCaseCallingTwilio;
import dev.chatinbox.core.application.archfixture.UseCaseUsingJaxRs;
import dev.chatinbox.core.domain.archfixture.EntityUsingInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The layering rules ({@link ArchitectureRules}) hold for the production classes of chat-core and
 * chat-api-jaxrs, and each rule really fails on a violation: the fixtures in the {@code
 * archfixture} test packages each break one rule (a domain class importing an infrastructure class,
 * a use case calling the Twilio SDK or JAX-RS, a resource using an infrastructure class).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureRulesTest {
  private JavaClasses production;

  @BeforeAll
  void importClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the core's test-jar (test support on this module's test class path) is not production
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.chatinbox.core", "dev.chatinbox.api");
  }

  @Test
  void productionClassesKeepTheLayering() {
    assertTrue(
        production.stream().anyMatch(c -> c.getPackageName().startsWith("dev.chatinbox.core.")),
        "the core's classes were imported");
    assertTrue(
        production.stream().anyMatch(c -> c.getPackageName().startsWith("dev.chatinbox.api.")),
        "the API's classes were imported");
    for (ArchRule rule : ArchitectureRules.ALL) {
      rule.check(production);
    }
  }

  @Test
  void aDomainClassImportingInfrastructureBreaksTheDomainRule() {
    assertViolated(ArchitectureRules.DOMAIN_IS_PURE, EntityUsingInfrastructure.class);
  }

  @Test
  void aUseCaseCallingACarrierSdkBreaksTheApplicationAndTwilioRules() {
    assertViolated(ArchitectureRules.APPLICATION_USES_PORTS, UseCaseCallingTwilio.class);
    assertViolated(ArchitectureRules.TWILIO_STAYS_IN_ITS_ADAPTER, UseCaseCallingTwilio.class);
  }

  @Test
  void aUseCaseUsingJaxRsBreaksTheApplicationAndCoreRules() {
    assertViolated(ArchitectureRules.APPLICATION_USES_PORTS, UseCaseUsingJaxRs.class);
    assertViolated(ArchitectureRules.CORE_HAS_NO_JAX_RS, UseCaseUsingJaxRs.class);
  }

  @Test
  void aResourceUsingInfrastructureBreaksTheApiRule() {
    assertViolated(ArchitectureRules.API_AVOIDS_INFRASTRUCTURE, ResourceUsingInfrastructure.class);
  }

  private static void assertViolated(ArchRule rule, Class<?> fixture) {
    JavaClasses classes = new ClassFileImporter().importClasses(fixture);
    assertThrows(AssertionError.class, () -> rule.check(classes), rule.getDescription());
  }
}
