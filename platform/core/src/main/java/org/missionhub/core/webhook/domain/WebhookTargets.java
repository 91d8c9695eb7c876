package org.missionhub.core.webhook.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may be sent: {@code https} to a public address in production (no private, loopback,
 * link-local — the cloud metadata service at 169.254.169.254 — carrier-grade NAT, multicast or unspecified
 * address, in IPv4, IPv6 or IPv4 mapped in IPv6), so that an administrator cannot make the server call into its
 * own network (server-side request forgery). Checked when an endpoint is saved and again before each attempt
 * (a name may come to resolve elsewhere). Development and tests also allow {@code http} and loopback.
 */
public final class WebhookTargets {

  private final boolean allowLocal;

  /** @param allowLocal development: {@code http} and any address */
  public WebhookTargets(boolean allowLocal) {
    this.allowLocal = allowLocal;
  }

  /** What is wrong with the address, or empty if webhooks may be sent there. */
  public Optional<String> problem(String url) {
    URI uri;
    try {
      uri = new URI(url == null ? "" : url.strip());
    } catch (URISyntaxException e) {
      return Optional.of("is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(allowLocal && scheme.equals("http"))) {
      return Optional.of(allowLocal ? "must start with https:// or http://" : "must start with https://");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      return Optional.of("must name a host, without a user name or a #fragment");
    }
    if (allowLocal) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      return Optional.of("names a host that cannot be found");
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address)) {
        return Optional.of("must be a public address, not " + address.getHostAddress());
      }
    }
    return Optional.empty();
  }

  static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
        || address.isAnyLocalAddress() || address.isMulticastAddress()) {
      return false;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      if ((bytes[0] & 0xfe) == 0xfc) {
        return false; // unique local fc00::/7
      }
      if (isMappedIpv4(bytes)) {
        try {
          return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
        } catch (UnknownHostException e) {
          return false;
        }
      }
      return true;
    }
    if (address instanceof Inet4Address) {
      int first = bytes[0] & 0xff;
      int second = bytes[1] & 0xff;
      return first != 0 && !(first == 100 && second >= 64 && second <= 127) && !(first == 198 && (second == 18 || second == 19)) && first < 240;
    }
    return false;
  }

  private static boolean isMappedIpv4(byte[] bytes) {
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
  }
}
