package dev.chatinbox.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layering of Chat Inbox, as rules a build checks (STYLE.md, issue #14):
 *
 * <ul>
 *   <li>the domain knows no infrastructure, no use case, no HTTP and no carrier;
 *   <li>the application (use cases) speaks through ports ({@code core.spi}): no infrastructure, no
 *       JAX-RS, no carrier SDK;
 *   <li>the ports speak our own types only;
 *   <li>the API reaches the core through its application and spi packages, never an {@code
 *       infrastructure} class (there is no exception: the server starts through {@code
 *       application.startup});
 *   <li>a carrier SDK is used by its own adapter package only ({@code com.twilio} by {@code
 *       infrastructure.carrier.twilio}, {@code com.sendgrid} by {@code …carrier.sendgrid}).
 * </ul>
 */
final class ArchitectureRules {
  static final String INFRASTRUCTURE = "dev.chatinbox.core.infrastructure..";
  static final String JAX_RS = "jakarta.ws.rs..";
  static final String TWILIO_SDK = "com.twilio..";
  static final String SENDGRID_SDK = "com.sendgrid..";

  /** What neither the domain nor the ports may know: adapters, use cases, HTTP, carrier SDKs. */
  private static final String[] OUTER_LAYERS = {
    INFRASTRUCTURE,
    "dev.chatinbox.core.application..",
    "dev.chatinbox.api..",
    JAX_RS,
    TWILIO_SDK,
    SENDGRID_SDK
  };

  static final ArchRule DOMAIN_IS_PURE =
      noClasses()
          .that()
          .resideInAPackage("dev.chatinbox.core.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(OUTER_LAYERS)
          .as("the domain depends on no infrastructure, use case, HTTP or carrier SDK");

  static final ArchRule APPLICATION_USES_PORTS =
      noClasses()
          .that()
          .resideInAPackage("dev.chatinbox.core.application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              INFRASTRUCTURE, "dev.chatinbox.api..", JAX_RS, TWILIO_SDK, SENDGRID_SDK)
          .as("use cases reach the outside through core.spi ports only");

  static final ArchRule PORTS_SPEAK_OUR_TYPES =
      noClasses()
          .that()
          .resideInAPackage("dev.chatinbox.core.spi..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(OUTER_LAYERS)
          .as("ports speak the core's own types only");

  static final ArchRule API_AVOIDS_INFRASTRUCTURE =
      noClasses()
          .that()
          .resideInAPackage("dev.chatinbox.api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(INFRASTRUCTURE, TWILIO_SDK, SENDGRID_SDK)
          .as("the API uses the core's application and spi packages, never its infrastructure");

  static final ArchRule TWILIO_STAYS_IN_ITS_ADAPTER =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.chatinbox.core.infrastructure.carrier.twilio..")
          .and()
          .resideInAPackage("dev.chatinbox..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(TWILIO_SDK)
          .as("only infrastructure.carrier.twilio uses the Twilio SDK");

  static final ArchRule SENDGRID_STAYS_IN_ITS_ADAPTER =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.chatinbox.core.infrastructure.carrier.sendgrid..")
          .and()
          .resideInAPackage("dev.chatinbox..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(SENDGRID_SDK)
          .as("only infrastructure.carrier.sendgrid uses the SendGrid SDK");

  static final ArchRule CORE_HAS_NO_JAX_RS =
      noClasses()
          .that()
          .resideInAPackage("dev.chatinbox.core..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(JAX_RS)
          .as("the core knows nothing of JAX-RS");

  static final List<ArchRule> ALL =
      List.of(
          DOMAIN_IS_PURE,
          APPLICATION_USES_PORTS,
          PORTS_SPEAK_OUR_TYPES,
          API_AVOIDS_INFRASTRUCTURE,
          TWILIO_STAYS_IN_ITS_ADAPTER,
          SENDGRID_STAYS_IN_ITS_ADAPTER,
          CORE_HAS_NO_JAX_RS);

  private ArchitectureRules() {}
}
