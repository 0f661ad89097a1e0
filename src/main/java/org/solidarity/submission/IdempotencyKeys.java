package org.solidarity.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.solidarity.common.ProblemException;
import org.solidarity.common.ProblemType;
import org.solidarity.common.SolidarityConfig;
import org.solidarity.submission.dto.SubmissionReceipt;
import org.solidarity.submission.dto.SubmissionRequest;

/**
 * Makes submissions safe to retry: the first answer to an {@code Idempotency-Key} is kept for 24
 * hours and replayed to a retry with the same body; a different body under the same key is a 422.
 *
 * <p>Only keyed hashes of the key and request are stored, and the receipt (it holds the manage
 * token) is encrypted with a key derived from the Idempotency-Key itself, which the server never
 * stores: the table alone reveals no token. Races between concurrent retries are settled by the
 * table's primary key, not by any lock in this process.
 */
@ApplicationScoped
public class IdempotencyKeys {

  /** A key as received, bound to the campaign and body it came with. */
  public record Key(String keyHash, String requestHash, byte[] cipherKey) {}

  private static final int MAX_LENGTH = 200;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final EntityManager em;
  private final ObjectMapper json;
  private final byte[] secret;

  public IdempotencyKeys(EntityManager em, ObjectMapper json, SolidarityConfig config) {
    this.em = em;
    this.json = json;
    // The fingerprint salt is the service's secret; labels below keep each use separate.
    this.secret = config.fingerprint().salt().getBytes(StandardCharsets.UTF_8);
  }

  /** Null without a header; a 400 for a key that is empty, too long or not visible ASCII. */
  public Key parse(String header, String slug, SubmissionRequest request) {
    if (header == null) {
      return null;
    }
    String key = header.strip();
    if (key.isEmpty()
        || key.length() > MAX_LENGTH
        || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      throw ProblemException.invalid(
          "Idempotency-Key", "must be 1 to " + MAX_LENGTH + " visible ASCII characters");
    }
    byte[] cipherKey = hmac(secret, "idempotency-cipher\n" + key);
    String keyHash = hex(hmac(secret, "idempotency-key\n" + key));
    String requestHash = hex(hmac(cipherKey, slug + "\n" + canonical(request)));
    return new Key(keyHash, requestHash, cipherKey);
  }

  /**
   * The receipt first given for this key within 24 hours, or null if there is none; a 422 when the
   * key came with another request.
   */
  public SubmissionReceipt replay(Key key) {
    List<?> rows =
        em.createNativeQuery(
                "select request_hash, receipt from idempotency_record where key_hash = ?1"
                    + " and created_at > now() - interval '24 hours'")
            .setParameter(1, key.keyHash())
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] row = (Object[]) rows.get(0);
    if (!MessageDigest.isEqual(
        key.requestHash().getBytes(StandardCharsets.US_ASCII),
        ((String) row[0]).getBytes(StandardCharsets.US_ASCII))) {
      throw new ProblemException(
          ProblemType.IDEMPOTENCY_KEY_REUSED,
          "This Idempotency-Key was used with a different request; use a new key for a new message");
    }
    return decrypt(key, (byte[]) row[1]);
  }

  /**
   * Records the receipt for this key in the caller's transaction; false if a live record exists
   * (possibly committed by a concurrent request a moment ago), in which case nothing is written.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean claim(Key key, SubmissionReceipt receipt) {
    int rows =
        em.createNativeQuery(
                "insert into idempotency_record (key_hash, request_hash, message_id, receipt)"
                    + " values (?1, ?2, ?3, ?4)"
                    + " on conflict (key_hash) do update set request_hash = excluded.request_hash,"
                    + " message_id = excluded.message_id, receipt = excluded.receipt,"
                    + " created_at = now()"
                    + " where idempotency_record.created_at <= now() - interval '24 hours'")
            .setParameter(1, key.keyHash())
            .setParameter(2, key.requestHash())
            .setParameter(3, receipt.id())
            .setParameter(4, encrypt(key, receipt))
            .executeUpdate();
    return rows == 1;
  }

  private String canonical(SubmissionRequest request) {
    try {
      return json.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A submission request could not be serialised", e);
    }
  }

  private byte[] encrypt(Key key, SubmissionReceipt receipt) {
    try {
      byte[] iv = new byte[12];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(key.cipherKey(), "AES"),
          new GCMParameterSpec(128, iv));
      byte[] sealed = cipher.doFinal(json.writeValueAsBytes(receipt));
      return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
    } catch (GeneralSecurityException | JsonProcessingException e) {
      throw new IllegalStateException("A receipt could not be sealed", e);
    }
  }

  private SubmissionReceipt decrypt(Key key, byte[] stored) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(key.cipherKey(), "AES"),
          new GCMParameterSpec(128, Arrays.copyOf(stored, 12)));
      byte[] plain = cipher.doFinal(stored, 12, stored.length - 12);
      return json.readValue(plain, SubmissionReceipt.class);
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("A stored receipt could not be opened", e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
