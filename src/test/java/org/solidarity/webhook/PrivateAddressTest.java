package org.solidarity.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which addresses count as the service's own network for webhook deliveries. */
class PrivateAddressTest {

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1,true",
    "10.0.0.1,true",
    "172.31.255.255,true",
    "192.168.0.1,true",
    "169.254.169.254,true",
    "100.64.0.1,true",
    "100.127.255.254,true",
    "198.18.0.1,true",
    "224.0.0.1,true",
    "255.255.255.255,true",
    "0.0.0.0,true",
    "::1,true",
    "fc00::1,true",
    "fe80::1,true",
    "8.8.8.8,false",
    "93.184.216.34,false",
    "100.128.0.1,false",
    "172.32.0.1,false",
    "2001:4860:4860::8888,false"
  })
  void classifiesAddresses(String literal, boolean isPrivate) throws Exception {
    assertEquals(isPrivate, WebhookTargets.isPrivate(InetAddress.getByName(literal)), literal);
  }
}
