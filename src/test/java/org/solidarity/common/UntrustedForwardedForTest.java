package org.solidarity.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.solidarity.submission.SenderFingerprint;
import org.solidarity.support.Addresses;

/** Without trusted proxies (the default), X-Forwarded-For is ignored: anyone can write it. */
@QuarkusTest
class UntrustedForwardedForTest {

  @Inject SenderFingerprint fingerprints;

  @Test
  void theConnectionsAddressIsTheSenderWhateverTheHeaderSays() {
    assertEquals(
        fingerprints.of("127.0.0.1"), ClientAddressTest.storedFingerprint(Addresses.freshIpv4()));
  }
}
