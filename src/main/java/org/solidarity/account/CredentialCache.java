package org.solidarity.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.solidarity.common.SolidarityConfig;

/**
 * Passwords verified recently, kept only as keyed hashes, so that a signed-in API call does not pay
 * a full bcrypt verification (about 100 ms of CPU on a small server) every time.
 *
 * <p>An entry remembers which stored password hash it was verified against. {@link
 * DisabledAccountAugmentor} reads the account on every request anyway and refuses a remembered
 * sign-in whose account is disabled or whose password hash has changed since, and takes the role
 * from the row; so changes made on any instance apply at once. An entry in use is verified again
 * with bcrypt in the background once half its lifetime has passed, so a signed-in client never
 * waits for bcrypt when its entry would expire, and use alone never extends an entry. One narrow
 * gap remains: a password changed in the instant between the bcrypt check and that read is
 * remembered against the new hash, so the old password keeps working on this instance until the
 * next check.
 */
@ApplicationScoped
public class CredentialCache {

  /** Identity attribute: the stored password hash a remembered sign-in was verified against. */
  public static final String VERIFIED_HASH = "org.solidarity.verified-password-hash";

  private record Entry(byte[] digest, String passwordHash, long verifiedAt) {}

  private final Cache<String, Entry> entries;
  private final long refreshAfterNanos;
  private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
  private final SecretKeySpec key;
  private final Counter hits;
  private final Counter misses;
  private final Counter refreshed;

  public CredentialCache(SolidarityConfig config, MeterRegistry metrics) {
    Duration ttl = config.auth().credentialCacheTtl();
    this.entries =
        ttl.isZero() || ttl.isNegative()
            ? null
            : Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
    this.refreshAfterNanos = ttl.toNanos() / 2;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.hits = counter(metrics, "hit");
    this.misses = counter(metrics, "miss");
    this.refreshed = counter(metrics, "refreshed");
  }

  private static Counter counter(MeterRegistry metrics, String result) {
    return Counter.builder("solidarity.credential.cache")
        .description(
            "Password checks answered from memory (hit), by bcrypt (miss), or verified"
                + " again in the background (refreshed)")
        .tag("result", result)
        .register(metrics);
  }

  /**
   * An identity (principal and {@link #VERIFIED_HASH}, no roles yet) if these credentials were
   * verified recently, otherwise null so that the password is checked against the account table.
   */
  public SecurityIdentity lookup(String username, PasswordCredential password) {
    if (entries == null || username == null || password == null) {
      return null;
    }
    Entry entry = entries.getIfPresent(username);
    if (entry == null || !MessageDigest.isEqual(entry.digest(), digest(username, password))) {
      misses.increment();
      return null;
    }
    hits.increment();
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(username))
        .addCredential(password)
        .addAttribute(VERIFIED_HASH, entry.passwordHash())
        .build();
  }

  /** Keeps a password that was just verified against this stored hash. */
  public void remember(String username, PasswordCredential password, String passwordHash) {
    if (entries == null || password == null || passwordHash == null) {
      return;
    }
    entries.put(username, new Entry(digest(username, password), passwordHash, System.nanoTime()));
  }

  /**
   * Once half of a remembered entry's lifetime has passed, verifies the password again with bcrypt
   * against the account's current hash on a worker thread, and remembers it anew if it still
   * matches. The request that triggers it is answered at once; one check runs per account.
   */
  public void refreshIfDue(String username, PasswordCredential password, String currentHash) {
    if (entries == null || password == null || currentHash == null) {
      return;
    }
    Entry entry = entries.getIfPresent(username);
    if (entry == null
        || System.nanoTime() - entry.verifiedAt() < refreshAfterNanos
        || !refreshing.add(username)) {
      return;
    }
    PasswordCredential copy = new PasswordCredential(password.getPassword().clone());
    try {
      Infrastructure.getDefaultWorkerPool()
          .execute(
              () -> {
                try {
                  if (BcryptUtil.matches(new String(copy.getPassword()), currentHash)) {
                    remember(username, copy, currentHash);
                    refreshed.increment();
                  } else {
                    forget(username);
                  }
                } finally {
                  Arrays.fill(copy.getPassword(), '\0');
                  refreshing.remove(username);
                }
              });
    } catch (RejectedExecutionException e) {
      // A saturated pool: the entry simply expires and the next sign-in pays bcrypt.
      refreshing.remove(username);
    }
  }

  /** Drops what is kept for this account (its password changed, or it was disabled). */
  public void forget(String username) {
    if (entries != null) {
      entries.invalidate(username);
    }
  }

  private byte[] digest(String username, PasswordCredential password) {
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password.getPassword()));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(bytes);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    } finally {
      if (bytes.hasArray()) {
        Arrays.fill(bytes.array(), (byte) 0);
      }
    }
  }
}
