package org.solidarity.feed;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.solidarity.common.SolidarityConfig;

/** Server-Sent Events of a campaign's feed: new messages, removals, and replay on reconnect. */
@Path("/api/v1/campaigns/{slug}/feed/events")
@Tag(name = "Public")
public class FeedEventsResource {

  private final FeedService feed;
  private final FeedHub hub;
  private final FeedRepository repository;
  private final SolidarityConfig config;

  public FeedEventsResource(
      FeedService feed, FeedHub hub, FeedRepository repository, SolidarityConfig config) {
    this.feed = feed;
    this.hub = hub;
    this.repository = repository;
    this.config = config;
  }

  @GET
  @Blocking
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary =
          "Live feed: 'message' events carry a published item, 'removed' events an id;"
              + " reconnect with Last-Event-ID to receive what was missed")
  @APIResponse(responseCode = "404", description = "No such campaign")
  public Multi<OutboundSseEvent> events(
      @PathParam("slug") String slug,
      @HeaderParam("Last-Event-ID") String lastEventHeader,
      @QueryParam("lastEventId") String lastEventQuery,
      @Context Sse sse) {
    long lastEventId = parse(lastEventHeader != null ? lastEventHeader : lastEventQuery);
    // Resolved before the stream opens, so an unknown campaign is a plain 404 problem.
    CampaignRef campaign = feed.campaign(slug).await().atMost(Duration.ofSeconds(10));
    return stream(campaign, lastEventId, sse);
  }

  private Multi<OutboundSseEvent> stream(CampaignRef campaign, long lastEventId, Sse sse) {
    // Live first, then replay; an event seen in both is sent once.
    Set<Long> sent = ConcurrentHashMap.newKeySet();
    Multi<LiveEvent> live = hub.stream(campaign.id());
    Multi<LiveEvent> replay =
        lastEventId > 0
            ? repository.replay(campaign.id(), lastEventId, config.feed().replayMax())
            : Multi.createFrom().empty();
    Multi<OutboundSseEvent> events =
        Multi.createBy()
            .merging()
            .streams(replay, live)
            .filter(e -> e.id() > lastEventId && sent.add(e.id()))
            .map(e -> toSse(sse, e));
    Multi<OutboundSseEvent> heartbeat =
        Multi.createFrom()
            .ticks()
            .every(config.feed().heartbeat())
            .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
    Multi<OutboundSseEvent> hello =
        Multi.createFrom()
            .item(sse.newEventBuilder().comment("connected").reconnectDelay(3000).build());
    return Multi.createBy()
        .concatenating()
        .streams(hello, Multi.createBy().merging().streams(events, heartbeat));
  }

  private static OutboundSseEvent toSse(Sse sse, LiveEvent event) {
    // The JSON is rendered once per event; as text it is written as is to every client.
    return sse.newEventBuilder()
        .id(Long.toString(event.id()))
        .name(LiveEvent.PUBLISHED.equals(event.kind()) ? "message" : "removed")
        .mediaType(MediaType.TEXT_PLAIN_TYPE)
        .data(event.data())
        .build();
  }

  private static long parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return 0;
    }
    try {
      return Math.max(0, Long.parseLong(raw.strip()));
    } catch (NumberFormatException e) {
      // An id from elsewhere is no reason to refuse the stream: start live without replay.
      return 0;
    }
  }
}
