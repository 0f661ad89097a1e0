package org.solidarity.feed;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Listens on PostgreSQL's {@code feed_events} channel, so a change committed through any instance
 * reaches this instance's cache and live clients. Reconnects by itself; after a reconnect the whole
 * cache is dropped because notifications sent meanwhile are lost.
 */
@ApplicationScoped
public class FeedListener {

  static final String CHANNEL = "feed_events";
  private static final Logger LOG = Logger.getLogger(FeedListener.class);

  private final FeedCache cache;
  private final FeedHub hub;
  private final FeedRepository repository;
  private PgSubscriber subscriber;

  public FeedListener(FeedCache cache, FeedHub hub, FeedRepository repository) {
    this.cache = cache;
    this.hub = hub;
    this.repository = repository;
  }

  void start(
      @Observes StartupEvent event,
      Vertx vertx,
      @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
    PgConnectOptions options = PgConnectOptions.fromUri(url);
    user.ifPresent(options::setUser);
    password.ifPresent(options::setPassword);
    subscriber =
        PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L); // retry forever
    subscriber
        .channel(CHANNEL)
        .subscribeHandler(
            subscribed -> {
              LOG.debug("Listening for feed events");
              cache.invalidateAll();
            })
        .handler(this::onNotification);
    subscriber.closeHandler(closed -> LOG.warn("Feed event listener closed"));
    connect(vertx);
  }

  /** The reconnect policy covers lost connections; a failed first connect is retried here. */
  private void connect(Vertx vertx) {
    subscriber
        .connect()
        .onFailure(
            e -> {
              LOG.warnf("Feed event listener cannot connect yet: %s", e.getMessage());
              vertx.setTimer(1000, id -> connect(vertx));
            });
  }

  void stop(@Observes ShutdownEvent event) {
    if (subscriber != null) {
      subscriber.close();
    }
  }

  void onNotification(String payload) {
    int colon = payload.indexOf(':');
    long eventId;
    long campaignId;
    try {
      eventId = Long.parseLong(payload.substring(0, colon));
      campaignId = Long.parseLong(payload.substring(colon + 1));
    } catch (RuntimeException e) {
      LOG.warnf("Ignoring malformed feed notification '%s'", payload);
      return;
    }
    if (eventId == 0) {
      cache.invalidateCampaignSettings(campaignId);
      return;
    }
    cache.invalidateCampaign(campaignId);
    if (hub.hasListeners(campaignId)) {
      repository
          .event(eventId)
          .subscribe()
          .with(
              live -> {
                if (live != null) {
                  hub.publish(live);
                }
              },
              e -> LOG.warnf("Cannot load feed event %d: %s", eventId, e.getMessage()));
    }
  }
}
