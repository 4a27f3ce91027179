package dev.chatinbox.core.application.webhook;

import dev.chatinbox.core.domain.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps webhook deliveries off internal networks (server-side request forgery). A URL must be
 * {@code https} and every address its host resolves to must be public: loopback, private (10/8,
 * 172.16/12, 192.168/16, 100.64/10, fc00::/7), link-local (169.254/16, fe80::/10), unspecified,
 * multicast and cloud metadata addresses are refused. With {@code chat.webhooks.allow-private}
 * (development and tests) {@code http}, loopback and private addresses are allowed — link-local and
 * metadata addresses never. Checked when an endpoint is saved and again before every delivery,
 * after resolving: the delivery then connects to the address checked, so a name that resolves
 * differently the second time (DNS rebinding) gains nothing.
 */
@ApplicationScoped
public class WebhookUrlPolicy {
  static final int MAX_LENGTH = 2048;

  /** Resolves a host name to its addresses. */
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private boolean allowPrivate;
  private Resolver resolver;

  protected WebhookUrlPolicy() {}

  @Inject
  public WebhookUrlPolicy(WebhookSettings settings) {
    this(settings.allowPrivate(), InetAddress::getAllByName);
  }

  public WebhookUrlPolicy(boolean allowPrivate, Resolver resolver) {
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  /** The URL, parsed and checked as {@code field} of a request; a 400 naming the rule otherwise. */
  public URI accept(String field, String url) {
    URI uri =
        parse(url)
            .orElseThrow(() -> new InvalidInputException(field, "must be an absolute https URL"));
    Optional<String> refusal = formRefusal(uri);
    if (refusal.isPresent()) {
      throw new InvalidInputException(field, refusal.get());
    }
    try {
      target(uri);
    } catch (RefusedAddressException e) {
      throw new InvalidInputException(field, e.getMessage());
    }
    return uri;
  }

  /**
   * The address to connect to for {@code uri}: its host resolved now, every address checked.
   *
   * @throws RefusedAddressException when the URL or any address is not allowed, or the name does
   *     not resolve
   */
  public InetAddress target(URI uri) throws RefusedAddressException {
    Optional<String> refusal = formRefusal(uri);
    if (refusal.isPresent()) {
      throw new RefusedAddressException(refusal.get());
    }
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new RefusedAddressException("the host name does not resolve");
    }
    if (addresses.length == 0) {
      throw new RefusedAddressException("the host name does not resolve");
    }
    for (InetAddress address : addresses) {
      Optional<String> why = refusal(address);
      if (why.isPresent()) {
        throw new RefusedAddressException(
            "resolves to "
                + why.get()
                + " address "
                + address.getHostAddress()
                + ", which is not allowed");
      }
    }
    return addresses[0];
  }

  private Optional<String> formRefusal(URI uri) {
    String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
      return Optional.of("must be an https URL");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return Optional.of("must name a host");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("must not carry a user name or password");
    }
    if (uri.getRawFragment() != null) {
      return Optional.of("must not have a fragment");
    }
    return Optional.empty();
  }

  private static Optional<URI> parse(String url) {
    if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.strip());
      return uri.isAbsolute() && !uri.isOpaque() ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Why {@code address} may not be a target, as the kind of address it is; empty if it may. */
  Optional<String> refusal(InetAddress address) {
    if (isMetadata(address)) {
      return Optional.of("a cloud metadata");
    }
    if (address.isLinkLocalAddress()) {
      return Optional.of("a link-local");
    }
    if (address.isAnyLocalAddress()) {
      return Optional.of("an unspecified");
    }
    if (address.isMulticastAddress() || isBroadcast(address)) {
      return Optional.of("a multicast or broadcast");
    }
    if (allowPrivate) {
      return Optional.empty();
    }
    if (address.isLoopbackAddress()) {
      return Optional.of("a loopback");
    }
    if (address.isSiteLocalAddress() || isUniqueLocal(address) || isSharedAddressSpace(address)) {
      return Optional.of("a private");
    }
    return Optional.empty();
  }

  private static final List<String> METADATA =
      List.of("169.254.169.254", "169.254.170.2", "100.100.100.200", "168.63.129.16");

  private static boolean isMetadata(InetAddress address) {
    if (address instanceof Inet6Address) {
      byte[] b = address.getAddress();
      // AWS's IPv6 metadata endpoint fd00:ec2::254
      return (b[0] & 0xff) == 0xfd
          && b[1] == 0
          && (b[2] & 0xff) == 0x0e
          && (b[3] & 0xff) == 0xc2
          && allZero(b, 4, 14)
          && b[14] == 0x02
          && (b[15] & 0xff) == 0x54;
    }
    return METADATA.contains(address.getHostAddress());
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBroadcast(InetAddress address) {
    return address instanceof Inet4Address && address.getHostAddress().equals("255.255.255.255");
  }

  private static boolean isUniqueLocal(InetAddress address) {
    return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
  }

  /** 100.64.0.0/10 (carrier-grade NAT). */
  private static boolean isSharedAddressSpace(InetAddress address) {
    byte[] b = address.getAddress();
    return address instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
  }

  /** An address or URL a delivery may not reach. */
  public static class RefusedAddressException extends Exception {
    private static final long serialVersionUID = 1L;

    public RefusedAddressException(String message) {
      super(message);
    }
  }
}
