package org.solidarity.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.solidarity.common.ProblemException;
import org.solidarity.common.ProblemType;
import org.solidarity.common.SolidarityConfig;

/**
 * Throttles public writes per sender fingerprint and per campaign with token buckets stored in
 * PostgreSQL (Bucket4j, {@code SELECT ... FOR UPDATE} on table {@code rate_limit_bucket}), so all
 * instances share one count. Call {@link #check} before doing the work; it throws a 429 problem
 * with {@code Retry-After} when a bucket is empty.
 */
@ApplicationScoped
public class RateLimiter {

  private final SolidarityConfig.RateLimits limits;
  private final ProxyManager<String> buckets;
  private final long configVersion;

  public RateLimiter(SolidarityConfig config, AgroalDataSource dataSource) {
    this.limits = config.rateLimits();
    this.buckets =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("rate_limit_bucket")
            // A full bucket carries no information: its row may go soon after refilling.
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                    Duration.ofMinutes(1)))
            .build();
    // Keys carry a hash of the settings: new limits start with new, full buckets, and instances
    // (or test runs) with different settings never drain each other's buckets.
    this.configVersion =
        List.of(
                    limits.window(),
                    limits.submissionsPerSender(),
                    limits.submissionsPerCampaign(),
                    limits.reportsPerSender(),
                    limits.reportsPerCampaign())
                .hashCode()
            & 0x7fffffffL;
  }

  /**
   * Takes one token from the sender's bucket, then from the campaign's, for {@code action}; throws
   * a 429 problem when either is empty. A null fingerprint (no address known) skips the sender
   * bucket. Runs outside any caller transaction because the buckets commit on their own connection.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void check(RateLimitedAction action, String senderFingerprint, long campaignId) {
    if (!limits.enabled()) {
      return;
    }
    if (senderFingerprint != null) {
      take(
          action.senderKey(configVersion, senderFingerprint),
          action.perSender(limits),
          "from this sender");
    }
    take(
        action.campaignKey(configVersion, campaignId),
        action.perCampaign(limits),
        "for this campaign");
  }

  /** Deletes bucket rows that have expired; returns how many. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public int removeExpired(int batchSize) {
    if (buckets instanceof io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner cleaner) {
      return cleaner.removeExpired(batchSize);
    }
    return 0;
  }

  private void take(String key, int capacity, String scope) {
    Duration window = limits.window();
    BucketConfiguration configuration =
        BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
            .build();
    ConsumptionProbe probe =
        buckets.getProxy(key, () -> configuration).tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
      throw new ProblemException(
          ProblemType.TOO_MANY_REQUESTS,
          "Too many requests " + scope + "; retry in " + seconds + " s",
          null,
          Map.of("Retry-After", String.valueOf(seconds)));
    }
  }
}
