package org.solidarity.support;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh client addresses from the documentation ranges, one per test, so tests never collide. */
public final class Addresses {

  /** A range of proxies the behind-proxy profile trusts besides 127.0.0.1. */
  public static final String TRUSTED_PROXY_RANGE = "2001:db8:ffff::/48";

  private Addresses() {}

  /** A fresh address inside {@link #TRUSTED_PROXY_RANGE}. */
  public static String freshTrustedProxy() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "2001:db8:ffff:"
        + Integer.toHexString(r.nextInt(0x10000))
        + ":"
        + Integer.toHexString(r.nextInt(0x10000))
        + "::"
        + Integer.toHexString(r.nextInt(1, 0x10000));
  }

  public static String freshIpv4() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "198.51." + r.nextInt(0, 256) + "." + r.nextInt(1, 255);
  }

  public static String freshIpv6() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "2001:db8:"
        + Integer.toHexString(r.nextInt(0x10000))
        + "::"
        + Integer.toHexString(r.nextInt(1, 0x10000));
  }
}
