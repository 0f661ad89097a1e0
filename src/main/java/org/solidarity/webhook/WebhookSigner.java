package org.solidarity.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs deliveries: {@code sha256=} and the hex HMAC-SHA256, keyed with the webhook's secret, of
 * {@code <timestamp>.<body>}. Binding the timestamp lets receivers refuse replayed old requests.
 */
public final class WebhookSigner {

  public static final String SIGNATURE_HEADER = "X-Solidarity-Signature";
  public static final String TIMESTAMP_HEADER = "X-Solidarity-Timestamp";
  public static final String EVENT_HEADER = "X-Solidarity-Event";
  public static final String EVENT_ID_HEADER = "X-Solidarity-Event-Id";

  private WebhookSigner() {}

  public static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "sha256=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
