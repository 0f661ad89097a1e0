package org.solidarity.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
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

  /** Moderation queue. */
  Moderation moderation();

  /** Outgoing webhooks. */
  Webhooks webhooks();

  /** Moderation queue. */
  interface Moderation {
    /** How long a claimed message stays leased to its moderator. */
    @WithDefault("PT5M")
    Duration lease();

    /** Longest lease a moderator may ask for with {@code leaseSeconds}. */
    @WithDefault("PT30M")
    Duration maxLease();

    /** Most items one bulk decision may carry. */
    @WithDefault("200")
    int maxBulkItems();
  }

  /** Outgoing webhooks. */
  interface Webhooks {
    /** How often each instance looks for due deliveries (e.g. 5s). */
    @WithDefault("5s")
    String pollInterval();

    /** Deliveries one instance sends per poll. */
    @WithDefault("20")
    int batchSize();

    /** Attempts before a delivery is given up and marked DEAD. */
    @WithDefault("10")
    int maxAttempts();

    /** Wait before the first retry; it doubles with each failed attempt. */
    @WithDefault("PT10S")
    Duration backoffBase();

    /** Longest wait between two attempts. */
    @WithDefault("PT1H")
    Duration backoffMax();

    /** Connect and response timeout of one delivery attempt. */
    @WithDefault("PT10S")
    Duration timeout();

    /**
     * Lets webhooks call loopback, private and link-local addresses; off in prod so an admin
     * account cannot reach the service's own network (cloud metadata, the database, ...).
     */
    @WithDefault("false")
    boolean allowPrivateTargets();
  }

  /**
   * CIDR ranges of reverse proxies whose {@code X-Forwarded-For} is believed, e.g. {@code
   * 10.0.0.0/8,::1/128}; empty: the connection's own address is the client's.
   */
  Optional<List<String>> trustedProxies();

  /** Rate limits on public writes. */
  RateLimits rateLimits();

  /** How long personal data is kept. */
  Retention retention();

  /** Security headers and cookies. */
  Security security();

  /** Rate limits: at most N requests per window, per sender fingerprint and per campaign. */
  interface RateLimits {
    /** Off only for load tests: every limit below is then ignored. */
    @WithDefault("true")
    boolean enabled();

    /** Window over which each limit below refills, e.g. 1h or 10m. */
    @WithDefault("1h")
    Duration window();

    /** Submissions one sender may make per window. */
    @WithDefault("20")
    int submissionsPerSender();

    /** Submissions one campaign accepts per window from everybody together. */
    @WithDefault("2000")
    int submissionsPerCampaign();

    /** Reports one sender may file per window. */
    @WithDefault("30")
    int reportsPerSender();

    /** Reports one campaign accepts per window from everybody together. */
    @WithDefault("1000")
    int reportsPerCampaign();
  }

  /** Retention of personal data. */
  interface Retention {
    /** Days after the decision when email and fingerprint of REJECTED and SPAM messages go. */
    @WithDefault("30")
    int refusedDays();

    /** Days after submission when email and fingerprint of every message go. */
    @WithDefault("365")
    int allDays();

    /** How often the retention job runs (a duration such as 1h, or off). */
    @WithDefault("1h")
    String every();
  }

  /** Security headers and cookies. */
  interface Security {
    /** Content-Security-Policy of HTML pages; frame-ancestors is appended per path. */
    @WithDefault(
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
            + " form-action 'self'")
    String contentSecurityPolicy();

    /** Path prefixes whose HTML any site may frame (the embeddable widget). */
    @WithDefault("/embed/")
    List<String> frameablePaths();

    /** Marks every cookie Secure; on in prod, where TLS usually ends at a proxy. */
    @WithDefault("true")
    boolean secureCookies();
  }

  /** Sender fingerprints. */
  interface Fingerprint {
    /** Secret salt of the IP hash: 32+ random characters, alike on every instance; prod checks. */
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

    /**
     * Largest accepted form body (the widget's form), in bytes. A form percent-encodes each
     * character of a message into up to 12 bytes, so the longest valid message needs about 28 KB.
     */
    @WithDefault("32768")
    int maxFormBytes();

    /** Largest accepted total size of the request headers, in bytes (431 above). */
    @WithDefault("16384")
    int maxHeaderBytes();

    /** Longest accepted request target (path and query), in characters (414 above). */
    @WithDefault("4096")
    int maxUriLength();

    /** Most links a message body may contain. */
    @WithDefault("3")
    int maxLinks();
  }

  /** Pagination cursors. */
  interface Cursor {
    /**
     * Secret that signs cursors so a tampered one is refused: 32+ random characters, alike on every
     * instance; prod refuses the default.
     */
    @WithDefault("change-me-cursor-signing-secret")
    String secret();
  }
}
