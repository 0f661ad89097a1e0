package org.solidarity.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.solidarity.common.SolidarityConfig;

/** Keeps webhooks off the service's own network: only public addresses may be called. */
@ApplicationScoped
public class WebhookTargets {

  private final boolean allowPrivate;

  public WebhookTargets(SolidarityConfig config) {
    this.allowPrivate = config.webhooks().allowPrivateTargets();
  }

  /**
   * Why the service may not call this host, or null when it may. Every address the name resolves to
   * counts, so a name with one private address among public ones is refused too.
   */
  public String refusal(String host) {
    if (allowPrivate) {
      return null;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return "its host does not resolve";
    }
    for (InetAddress address : addresses) {
      if (isPrivate(address)) {
        return "it points to a private or local address (" + address.getHostAddress() + ")";
      }
    }
    return null;
  }

  /** Loopback, link-local (cloud metadata), private, shared, reserved and multicast ranges. */
  static boolean isPrivate(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (b.length == 4) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0
          || (first == 100 && (second & 0xc0) == 64) // carrier-grade NAT, 100.64.0.0/10
          || (first == 198 && (second == 18 || second == 19)) // benchmarking, 198.18.0.0/15
          || first >= 240; // reserved and broadcast
    }
    // Unique local IPv6 (fc00::/7); IPv4-mapped addresses arrive here as IPv4 already.
    return (b[0] & 0xfe) == 0xfc;
  }
}
