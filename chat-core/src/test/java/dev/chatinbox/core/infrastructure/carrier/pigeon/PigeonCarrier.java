package dev.chatinbox.core.infrastructure.carrier.pigeon;

import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.infrastructure.carrier.CarrierAdapter;
import dev.chatinbox.core.spi.carrier.CarrierReceipt;
import dev.chatinbox.core.spi.carrier.CarrierWebhook;
import dev.chatinbox.core.spi.carrier.InboundText;
import dev.chatinbox.core.spi.carrier.OutboundText;
import dev.chatinbox.core.spi.carrier.StatusReport;
import dev.chatinbox.core.spi.carrier.TextCarrier;
import dev.chatinbox.core.spi.carrier.WebhookRequest;
import dev.chatinbox.core.spi.carrier.WebhookVerdict;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A third carrier, made up for the structure test (issue #14): everything it knows lives in this
 * package, and it is used by naming it in configuration ({@code chat.carrier.text=pigeon}). It
 * carries SMS, answers webhooks at {@code pigeon/status} and {@code pigeon/inbound} (form posts
 * with a shared key in {@code X-Pigeon-Key}), and reports {@code landed} (delivered) or {@code
 * lost} (failed, or opted out with code {@code NO-MORE-BIRDS}).
 */
@ApplicationScoped
@CarrierAdapter(PigeonCarrier.NAME)
public class PigeonCarrier implements TextCarrier, CarrierWebhook {
  static final String NAME = "pigeon";
  static final String KEY = "seed-and-water";

  final List<OutboundText> sent = new CopyOnWriteArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<String> templateIdProblem(String templateId) {
    return Optional.of("pigeons carry no templates");
  }

  @Override
  public CarrierReceipt send(OutboundText message) {
    sent.add(message);
    return new CarrierReceipt(NAME, "PG-" + ids.incrementAndGet(), "flying", false);
  }

  @Override
  public boolean sandbox() {
    return false;
  }

  @Override
  public boolean owns(String route) {
    return route.equals("pigeon/status") || route.equals("pigeon/inbound");
  }

  @Override
  public WebhookVerdict read(WebhookRequest request) {
    String key = request.header("X-Pigeon-Key").orElse("");
    if (!MessageDigest.isEqual(
        key.getBytes(StandardCharsets.UTF_8), KEY.getBytes(StandardCharsets.UTF_8))) {
      return new WebhookVerdict.Refused("pigeon");
    }
    String id = required(request, "id");
    if (request.route().equals("pigeon/status")) {
      String state = required(request, "state");
      Optional<String> code = Optional.ofNullable(request.field("code"));
      return new WebhookVerdict.Statuses(
          List.of(
              new StatusReport(
                  NAME,
                  id,
                  state,
                  switch (state) {
                    case "landed" -> Optional.of(MessageStatus.DELIVERED);
                    case "lost" -> Optional.of(MessageStatus.FAILED);
                    default -> Optional.empty();
                  },
                  code,
                  Optional.empty(),
                  Optional.empty(),
                  code.filter("NO-MORE-BIRDS"::equals).isPresent())),
          WebhookVerdict.Reply.NO_CONTENT);
    }
    return new WebhookVerdict.TextReceived(
        new InboundText(
            NAME,
            Channel.SMS,
            required(request, "from"),
            "+14155550100",
            request.field("note"),
            id,
            Optional.empty(),
            List.of()),
        new WebhookVerdict.Reply(200, "text/plain", "coo"));
  }

  private static String required(WebhookRequest request, String field) {
    String value = request.field(field);
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
    return value;
  }
}
