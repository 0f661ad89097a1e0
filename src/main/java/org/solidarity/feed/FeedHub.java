package org.solidarity.feed;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Fans live feed events out to the clients connected to this instance, per campaign. */
@ApplicationScoped
public class FeedHub {

  private final Map<Long, BroadcastProcessor<LiveEvent>> channels = new ConcurrentHashMap<>();
  private final Map<Long, AtomicInteger> listeners = new ConcurrentHashMap<>();

  /** Live events of one campaign; a slow client drops old events rather than stall the others. */
  public Multi<LiveEvent> stream(long campaignId) {
    AtomicInteger count = listeners.computeIfAbsent(campaignId, id -> new AtomicInteger());
    return channel(campaignId)
        .onSubscription()
        .invoke(count::incrementAndGet)
        .onTermination()
        .invoke(count::decrementAndGet)
        .onOverflow()
        .buffer(1024);
  }

  public boolean hasListeners(long campaignId) {
    AtomicInteger count = listeners.get(campaignId);
    return count != null && count.get() > 0;
  }

  public int listenerCount() {
    return listeners.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  public void publish(LiveEvent event) {
    channel(event.campaignId()).onNext(event);
  }

  private BroadcastProcessor<LiveEvent> channel(long campaignId) {
    return channels.computeIfAbsent(campaignId, id -> BroadcastProcessor.create());
  }
}
