package org.solidarity.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Strict parsing of IP literals from untrusted text, without ever resolving a host name. */
public final class IpAddresses {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
  private static final Pattern IPV4_WITH_PORT =
      Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
  private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)\\](?::\\d{1,5})?");

  private IpAddresses() {}

  /**
   * The address in {@code text} (IPv4, IPv6, bracketed, with or without port), or null when it is
   * not an IP literal. Host names are refused rather than looked up, so hostile input cannot make
   * the service query DNS.
   */
  public static InetAddress parse(String text) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    if (value.isEmpty() || value.length() > 64) {
      return null;
    }
    var bracketed = BRACKETED.matcher(value);
    if (bracketed.matches()) {
      value = bracketed.group(1);
    } else {
      var withPort = IPV4_WITH_PORT.matcher(value);
      if (withPort.matches()) {
        value = withPort.group(1);
      }
    }
    if (IPV4.matcher(value).matches()) {
      for (String part : value.split("\\.")) {
        if (Integer.parseInt(part) > 255) {
          return null;
        }
      }
    } else if (!IPV6.matcher(value).matches()) {
      return null;
    }
    try {
      // Only literals reach this point, which InetAddress parses without any lookup.
      return InetAddress.getByName(value);
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
