package org.solidarity.common;

import io.quarkus.runtime.Startup;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the client's IP address: the connection's own, or the one {@code X-Forwarded-For} names
 * when the connection comes from a proxy listed in {@code solidarity.trusted-proxies}. The result
 * is only ever turned into a fingerprint; it is never stored or logged.
 */
@ApplicationScoped
@Startup
public class ClientAddress {

  private final List<Cidr> trusted;

  public ClientAddress(SolidarityConfig config) {
    // Parsed at start so that a typo in the setting stops the service instead of being ignored.
    this.trusted =
        config.trustedProxies().orElse(List.of()).stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(Cidr::parse)
            .toList();
  }

  /** The client's address in canonical text form, or null when the connection has none. */
  public String of(HttpServerRequest request) {
    InetAddress peer =
        request.remoteAddress() == null
            ? null
            : IpAddresses.parse(request.remoteAddress().hostAddress());
    if (peer == null) {
      return null;
    }
    InetAddress client = peer;
    if (isTrusted(peer)) {
      // Each trusted hop appended the address it saw: walk back to the first one we do not trust.
      List<String> hops = hops(request.headers().getAll("X-Forwarded-For"));
      for (int i = hops.size() - 1; i >= 0; i--) {
        InetAddress hop = IpAddresses.parse(hops.get(i));
        if (hop == null) {
          break;
        }
        client = hop;
        if (!isTrusted(hop)) {
          break;
        }
      }
    }
    return client.getHostAddress();
  }

  private boolean isTrusted(InetAddress address) {
    for (Cidr range : trusted) {
      if (range.contains(address)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> hops(List<String> headers) {
    List<String> hops = new ArrayList<>();
    for (String header : headers) {
      for (String part : header.split(",", 64)) {
        hops.add(part);
      }
    }
    return hops;
  }
}
