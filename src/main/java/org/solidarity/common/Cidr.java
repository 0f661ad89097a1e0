package org.solidarity.common;

import java.net.InetAddress;

/**
 * An address range such as {@code 10.0.0.0/8} or {@code ::1/128}; a bare address is a /32 or /128.
 */
public record Cidr(byte[] network, int prefix) {

  /** Parses a range from configuration; a malformed one stops the service at start. */
  public static Cidr parse(String text) {
    String value = text.strip();
    int slash = value.indexOf('/');
    InetAddress address = IpAddresses.parse(slash < 0 ? value : value.substring(0, slash));
    if (address == null) {
      throw new IllegalArgumentException("Not an IP range: " + text);
    }
    int bits = address.getAddress().length * 8;
    int prefix = bits;
    if (slash >= 0) {
      try {
        prefix = Integer.parseInt(value.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Not an IP range: " + text, e);
      }
      if (prefix < 0 || prefix > bits) {
        throw new IllegalArgumentException("Prefix out of range in " + text);
      }
    }
    return new Cidr(address.getAddress(), prefix);
  }

  public boolean contains(InetAddress address) {
    byte[] candidate = address.getAddress();
    if (candidate.length != network.length) {
      return false;
    }
    int full = prefix / 8;
    for (int i = 0; i < full; i++) {
      if (candidate[i] != network[i]) {
        return false;
      }
    }
    int rest = prefix % 8;
    if (rest == 0) {
      return true;
    }
    int mask = 0xFF << (8 - rest);
    return (candidate[full] & mask) == (network[full] & mask);
  }
}
