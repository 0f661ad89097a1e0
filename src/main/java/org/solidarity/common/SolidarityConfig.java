package org.solidarity.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Every {@code solidarity.*} setting, with its default; each is also in .env.example. */
@ConfigMapping(prefix = "solidarity")
public interface SolidarityConfig {

  /** The first admin account, created at start when no admin exists. */
  Admin admin();

  /** Seeds the demo campaign with sample messages at start (dev mode only by default). */
  @WithDefault("false")
  boolean demoData();

  /** Input limits on the public API. */
  Limits limits();

  /** Pagination cursors. */
  Cursor cursor();

  /** Embedded PostgreSQL for dev mode and tests. */
  EmbeddedPostgres embeddedPostgres();

  /** Sender fingerprints. */
  Fingerprint fingerprint();

  /** Public feed, Atom, stats and live updates. */
  Feed feed();

  /** Sign-in of moderators and admins. */
  Auth auth();

  /** Sign-in of moderators and admins. */
  interface Auth {
    /**
     * How long a verified password is remembered (as a keyed hash) so signed-in requests skip
     * bcrypt; 0 verifies every request with bcrypt.
     */
    @WithDefault("60s")
    java.time.Duration credentialCacheTtl();
  }

  /** Public feed, Atom, stats and live updates. */
  interface Feed {
    /** Seconds browsers and CDNs may reuse a public read (Cache-Control max-age). */
    @WithDefault("15")
    int maxAge();

    /** Seconds a stale public read may be served while revalidating. */
    @WithDefault("60")
    int staleWhileRevalidate();

    /** Upper bound on how long a cached page may live if a change notification were lost. */
    @WithDefault("60s")
    java.time.Duration cacheTtl();

    /** Most rendered pages kept in memory. */
    @WithDefault("10000")
    long cacheMaxEntries();

    /** Interval of the comment heartbeat that keeps idle live connections open through proxies. */
    @WithDefault("15s")
    java.time.Duration heartbeat();

    /** Most missed events replayed to a reconnecting live client (Last-Event-ID). */
    @WithDefault("100")
    int replayMax();

    /** Entries in the Atom feed. */
    @WithDefault("50")
    int atomEntries();

    /** Public base URL used in Atom links and ids (e.g. https://solidarity.example.org). */
    Optional<String> publicUrl();
  }

  /** Sender fingerprints. */
  interface Fingerprint {
    /** Secret salt of the IP hash; set the same long random value on every instance. */
    @WithDefault("change-me-fingerprint-salt")
    String salt();
  }

  /** Embedded PostgreSQL for dev mode and tests. */
  interface EmbeddedPostgres {
    /** Start one when dev mode or tests have no datasource URL; never used in prod. */
    @WithDefault("true")
    boolean enabled();
  }

  /** First admin account. */
  interface Admin {
    /** Username of the bootstrap admin. */
    Optional<String> username();

    /** Password of the bootstrap admin; prod refuses a missing or weak one. */
    Optional<String> password();
  }

  /** Input limits. */
  interface Limits {
    /** Largest accepted request body on the API, in bytes. */
    @WithDefault("16384")
    int maxBodyBytes();
  }

  /** Pagination cursors. */
  interface Cursor {
    /**
     * Secret that signs cursors so a tampered one is refused; set the same value on every instance.
     */
    @WithDefault("change-me-cursor-signing-secret")
    String secret();
  }
}
