package dev.chatinbox.core.infrastructure.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.infrastructure.carrier.pigeon.PigeonCarrier;
import dev.chatinbox.core.infrastructure.carrier.sandbox.SandboxEmailCarrier;
import dev.chatinbox.core.infrastructure.carrier.sandbox.SandboxTextCarrier;
import dev.chatinbox.core.infrastructure.carrier.twilio.TwilioCarrierChoice;
import dev.chatinbox.core.infrastructure.carrier.twilio.TwilioSettings;
import dev.chatinbox.core.support.MapConfig;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The carriers in use are chosen by name among the adapters' {@link CarrierAdapter} qualifiers, as
 * CDI resolves them: a third carrier is used by configuration alone ({@code chat.carrier.text}),
 * {@code auto} takes the configured real carrier else the sandbox, and an unknown name stops the
 * start with the key named.
 */
class CarrierSelectionTest {
  private final PigeonCarrier pigeon = new PigeonCarrier();
  private final SandboxTextCarrier sandboxText = new SandboxTextCarrier();
  private final SandboxEmailCarrier sandboxEmail = new SandboxEmailCarrier();

  private CarrierSelection selection(Map<String, String> config, CarrierAutoChoice... choices) {
    return new CarrierSelection(
        new MapConfig(config),
        new Adapters<>(Map.of("__auto", List.of(choices)), null),
        Adapters.named(Map.of("pigeon", pigeon, "sandbox", sandboxText)),
        Adapters.named(Map.of("sandbox", sandboxEmail)));
  }

  @Test
  void aThirdCarrierIsUsedByNamingItInConfiguration() {
    CarrierSelection selection = selection(Map.of(CarrierSelection.TEXT, "pigeon"));
    assertSame(pigeon, selection.textCarrier());
    assertSame(sandboxEmail, selection.emailCarrier(), "email left to auto: the sandbox");
  }

  @Test
  void autoTakesTheConfiguredRealCarrierElseTheSandbox() {
    assertSame(sandboxText, selection(Map.of()).textCarrier());
    TwilioSettings twilio =
        TwilioSettings.builder().accountSid("AC" + "0".repeat(32)).authToken("token").build();
    assertEquals(
        "twilio",
        selection(Map.of(CarrierSelection.TEXT, "auto"), new TwilioCarrierChoice(twilio))
            .textCarrierName());
  }

  @Test
  void anUnknownCarrierNameStopsTheStartNamingTheKey() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> selection(Map.of(CarrierSelection.TEXT, "raven")).textCarrier());
    assertTrue(e.getMessage().contains(CarrierSelection.TEXT), e.getMessage());
    assertTrue(e.getMessage().contains("raven"), e.getMessage());
  }

  /**
   * Beans by their {@link CarrierAdapter} name, selected as CDI selects them ({@code __auto}: the
   * unqualified list of auto choices).
   */
  private record Adapters<T>(Map<String, List<T>> byName, String selected) implements Instance<T> {
    static <T> Adapters<T> named(Map<String, T> adapters) {
      Map<String, List<T>> byName = new java.util.HashMap<>();
      adapters.forEach((name, adapter) -> byName.put(name, List.of(adapter)));
      return new Adapters<>(byName, null);
    }

    private List<T> chosen() {
      return selected != null
          ? byName.getOrDefault(selected, List.of())
          : byName.values().stream().flatMap(List::stream).toList();
    }

    @Override
    public Instance<T> select(Annotation... qualifiers) {
      return Arrays.stream(qualifiers)
          .filter(CarrierAdapter.class::isInstance)
          .map(q -> new Adapters<>(byName, ((CarrierAdapter) q).value()))
          .findFirst()
          .orElseThrow();
    }

    @Override
    public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isUnsatisfied() {
      return chosen().isEmpty();
    }

    @Override
    public boolean isAmbiguous() {
      return chosen().size() > 1;
    }

    @Override
    public void destroy(T instance) {}

    @Override
    public Handle<T> getHandle() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<? extends Handle<T>> handles() {
      throw new UnsupportedOperationException();
    }

    @Override
    public T get() {
      return chosen().get(0);
    }

    @Override
    public Iterator<T> iterator() {
      return chosen().iterator();
    }
  }
}
