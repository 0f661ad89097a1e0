package org.solidarity.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encodes keyset positions as opaque, signed, URL-safe strings.
 *
 * <p>The HMAC binds a cursor to the listing it came from (feed or queue), so a cursor edited by
 * hand or carried to another listing is refused with 400 instead of silently skipping rows.
 */
@ApplicationScoped
public class CursorCodec {

  /** Which listing a cursor belongs to. */
  public enum Kind {
    FEED,
    QUEUE
  }

  private static final int MAC_BYTES = 12;
  private static final int LENGTH = 1 + 8 + 16 + MAC_BYTES;
  private final SecretKeySpec key;

  public CursorCodec(SolidarityConfig config) {
    this.key =
        new SecretKeySpec(config.cursor().secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  public String encode(Kind kind, Cursor cursor) {
    ByteBuffer buffer = ByteBuffer.allocate(LENGTH);
    buffer.put((byte) kind.ordinal());
    buffer.putLong(ChronoUnit.MICROS.between(Instant.EPOCH, cursor.at()));
    buffer.putLong(cursor.id().getMostSignificantBits());
    buffer.putLong(cursor.id().getLeastSignificantBits());
    buffer.put(mac(buffer.array(), LENGTH - MAC_BYTES));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
  }

  /** Returns null for a null or blank cursor (first page); throws 400 for anything invalid. */
  public Cursor decode(Kind kind, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(text.trim());
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (bytes.length != LENGTH || bytes[0] != (byte) kind.ordinal()) {
      throw invalid();
    }
    byte[] expected = mac(bytes, LENGTH - MAC_BYTES);
    byte[] actual = Arrays.copyOfRange(bytes, LENGTH - MAC_BYTES, LENGTH);
    if (!MessageDigest.isEqual(expected, actual)) {
      throw invalid();
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, LENGTH - 1 - MAC_BYTES);
    Instant at = Instant.EPOCH.plus(buffer.getLong(), ChronoUnit.MICROS);
    UUID id = new UUID(buffer.getLong(), buffer.getLong());
    return new Cursor(at, id);
  }

  private byte[] mac(byte[] data, int length) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(data, 0, length);
      return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private static ProblemException invalid() {
    return new ProblemException(
        ProblemType.BAD_CURSOR,
        "The cursor is not one this listing issued; start again without it");
  }
}
