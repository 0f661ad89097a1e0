package org.solidarity.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.solidarity.common.SolidarityConfig;

/**
 * Turns a client address into a salted, one-way fingerprint, so senders can be counted and
 * rate-limited without the service ever storing an IP address.
 */
@ApplicationScoped
public class SenderFingerprint {

  private final SecretKeySpec key;

  public SenderFingerprint(SolidarityConfig config) {
    this.key =
        new SecretKeySpec(
            config.fingerprint().salt().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  public String of(String clientAddress) {
    if (clientAddress == null || clientAddress.isBlank()) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of()
          .formatHex(mac.doFinal(clientAddress.strip().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
