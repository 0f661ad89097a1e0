package org.solidarity.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.solidarity.submission.SenderFingerprint;
import org.solidarity.support.Addresses;
import org.solidarity.support.Api;
import org.solidarity.support.BehindProxyProfile;
import org.solidarity.support.Db;

/** Behind a trusted proxy (127.0.0.1), the sender is the address X-Forwarded-For names. */
@QuarkusTest
@TestProfile(BehindProxyProfile.class)
class ClientAddressTest {

  @Inject SenderFingerprint fingerprints;

  /** Submits with the given X-Forwarded-For and returns the stored fingerprint. */
  static String storedFingerprint(String forwardedFor) {
    String id =
        given()
            .contentType(ContentType.JSON)
            .header("X-Forwarded-For", forwardedFor)
            .body(Api.message("From behind a proxy"))
            .post("/api/v1/campaigns/{slug}/messages", Api.campaign())
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    return (String) Db.value("select fingerprint from message where id = ?", UUID.fromString(id));
  }

  private String expected(String address) throws Exception {
    return fingerprints.of(InetAddress.getByName(address).getHostAddress());
  }

  @Test
  void theForwardedAddressIsTheSenderWhenTheProxyIsTrusted() throws Exception {
    String client = Addresses.freshIpv4();
    assertEquals(expected(client), storedFingerprint(client));
  }

  @Test
  void trustedHopsAreWalkedBackToTheFirstUntrustedOne() throws Exception {
    String spoofed = Addresses.freshIpv4();
    String client = Addresses.freshIpv4();
    // The client may send its own X-Forwarded-For; only what our proxies appended is believed.
    assertEquals(expected(client), storedFingerprint(spoofed + ", " + client + ", 127.0.0.1"));
  }

  @Test
  void ipv6WithBracketsAndPortIsUnderstood() throws Exception {
    String client = Addresses.freshIpv6();
    assertEquals(expected(client), storedFingerprint("[" + client + "]:443"));
  }

  @Test
  void garbageOrHostNamesStopTheWalkAtTheLastTrustedHopAndAreNeverLookedUp() throws Exception {
    for (String garbage : List.of("unknown", "attacker.example", "999.1.1.1", "1.2.3.4' or 1=1")) {
      String proxy = Addresses.freshTrustedProxy();
      assertEquals(expected(proxy), storedFingerprint(garbage + ", " + proxy), garbage);
    }
  }
}
