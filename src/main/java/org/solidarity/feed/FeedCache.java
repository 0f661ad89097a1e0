package org.solidarity.feed;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.solidarity.common.SolidarityConfig;

/**
 * Rendered public reads per campaign, dropped when the database announces a change.
 *
 * <p>Keys carry a per-campaign generation read <em>before</em> the database is queried: a change
 * that lands during a load bumps the generation, so the stale result is stored under a key nobody
 * asks for again. The TTL only bounds staleness if a notification is ever lost. Concurrent misses
 * for one key share a single load.
 */
@ApplicationScoped
public class FeedCache {

  /** What a cached entry is for: campaign, generation, representation and its parameters. */
  record Key(long epoch, long campaignId, long generation, String variant) {}

  private final AsyncCache<Key, CachedBody> bodies;
  private final AsyncCache<String, CampaignRef> campaigns;
  private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
  private final AtomicLong epoch = new AtomicLong();

  public FeedCache(SolidarityConfig config) {
    this.bodies =
        Caffeine.newBuilder()
            .maximumSize(config.feed().cacheMaxEntries())
            .expireAfterWrite(config.feed().cacheTtl())
            .buildAsync();
    this.campaigns =
        Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(config.feed().cacheTtl())
            .buildAsync();
  }

  public Uni<CampaignRef> campaign(String slug, Supplier<Uni<CampaignRef>> loader) {
    String key = epoch.get() + "|" + slug;
    return Uni.createFrom()
        .completionStage(
            () -> campaigns.get(key, (k, executor) -> loader.get().subscribeAsCompletionStage()));
  }

  public Uni<CachedBody> body(long campaignId, String variant, Supplier<Uni<CachedBody>> loader) {
    Key key = new Key(epoch.get(), campaignId, generation(campaignId), variant);
    return Uni.createFrom()
        .completionStage(
            () -> bodies.get(key, (k, executor) -> loader.get().subscribeAsCompletionStage()));
  }

  /** The campaign if it is cached and loaded, else null (also when it does not exist). */
  public CampaignRef cachedCampaign(String slug) {
    return now(campaigns.getIfPresent(epoch.get() + "|" + slug));
  }

  /** The body if it is cached and loaded, else null; never starts a load. */
  public CachedBody cachedBody(long campaignId, String variant) {
    return now(
        bodies.getIfPresent(new Key(epoch.get(), campaignId, generation(campaignId), variant)));
  }

  private static <T> T now(CompletableFuture<T> future) {
    return future == null || !future.isDone() || future.isCompletedExceptionally()
        ? null
        : future.getNow(null);
  }

  /** A message of this campaign changed what the public sees. */
  public void invalidateCampaign(long campaignId) {
    generations.computeIfAbsent(campaignId, id -> new AtomicLong()).incrementAndGet();
  }

  /** The campaign's own settings changed (title, status...). */
  public void invalidateCampaignSettings(long campaignId) {
    invalidateCampaign(campaignId);
    campaigns.synchronous().invalidateAll();
  }

  /** Notifications may have been missed (listener reconnected): forget everything. */
  public void invalidateAll() {
    epoch.incrementAndGet();
    bodies.synchronous().invalidateAll();
    campaigns.synchronous().invalidateAll();
  }

  private long generation(long campaignId) {
    return generations.computeIfAbsent(campaignId, id -> new AtomicLong()).get();
  }
}
