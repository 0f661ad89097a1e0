package org.solidarity.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;
import org.solidarity.support.SseClient;

@QuarkusTest
class LiveFeedTest {

  @TestHTTPResource("/")
  URL base;

  private String events(String slug) {
    return base + "api/v1/campaigns/" + slug + "/feed/events";
  }

  @Test
  void approvalReachesConnectedClientAsMessageEvent() throws Exception {
    String slug = Api.campaign();
    String id = Api.submitted(slug, "Live <b>hello</b>");
    try (SseClient client = SseClient.open(events(slug), null)) {
      assertThat(client.status()).isEqualTo(200);
      assertThat(client.contentType()).startsWith("text/event-stream");
      Thread.sleep(300);
      Api.decide(id, "APPROVE", null).statusCode(200);
      SseClient.Event event = client.next("message", Duration.ofSeconds(5));
      assertThat(event).isNotNull();
      assertThat(event.id()).matches("\\d+");
      assertThat(event.data()).contains(id).contains("Live <b>hello</b>").doesNotContain("email");
    }
  }

  @Test
  void unpublishSendsRemovedEvent() throws Exception {
    String slug = Api.campaign();
    String id = Api.approved(slug, "Soon removed");
    try (SseClient client = SseClient.open(events(slug), null)) {
      Thread.sleep(300);
      Api.decide(id, "REJECT", "OFF_TOPIC").statusCode(200);
      SseClient.Event event = client.next("removed", Duration.ofSeconds(5));
      assertThat(event).isNotNull();
      assertThat(event.data()).contains(id);
    }
  }

  @Test
  void reconnectWithLastEventIdReplaysWhatWasMissed() throws Exception {
    String slug = Api.campaign();
    String first = Api.approved(slug, "First");
    String lastSeen;
    try (SseClient client = SseClient.open(events(slug), "1")) {
      SseClient.Event replayed = client.next("message", Duration.ofSeconds(5));
      assertThat(replayed).isNotNull();
      assertThat(replayed.data()).contains(first);
      lastSeen = replayed.id();
    }
    String second = Api.approved(slug, "Second, while disconnected");
    try (SseClient client = SseClient.open(events(slug), lastSeen)) {
      SseClient.Event replayed = client.next("message", Duration.ofSeconds(5));
      assertThat(replayed).isNotNull();
      assertThat(replayed.data()).contains(second).doesNotContain(first);
    }
  }

  @Test
  void aPageTellsWhereTheLiveStreamContinuesSoAChangeMadeAfterItIsNotMissed() throws Exception {
    String slug = Api.campaign();
    String before = Api.approved(slug, "Before the page was read");
    var page =
        RestAssured.get("/api/v1/campaigns/{slug}/feed", slug)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("items.id", String.class)).containsExactly(before);
    long watermark = page.getLong("lastEventId");
    assertThat(watermark).isPositive();

    // Approved after the page was read, before the client connected: replayed, not lost.
    String after = Api.approved(slug, "After the page, before the stream");
    try (SseClient client = SseClient.open(events(slug) + "?lastEventId=" + watermark, null)) {
      SseClient.Event event = client.next("message", Duration.ofSeconds(5));
      assertThat(event).isNotNull();
      assertThat(event.data()).contains(after).doesNotContain(before);
      assertThat(Long.parseLong(event.id())).isGreaterThan(watermark);
      assertThat(client.next("message", Duration.ofSeconds(1))).isNull();
    }
  }

  @Test
  void aCampaignWithNothingPublishedYetHasWatermarkZero() {
    String slug = Api.campaign();
    RestAssured.get("/api/v1/campaigns/{slug}/feed", slug)
        .then()
        .statusCode(200)
        .body("lastEventId", org.hamcrest.Matchers.equalTo(0));
  }

  @Test
  void otherCampaignsEventsAreNotDelivered() throws Exception {
    String slug = Api.campaign();
    String other = Api.campaign();
    try (SseClient client = SseClient.open(events(slug), null)) {
      Thread.sleep(300);
      Api.approved(other, "Elsewhere");
      assertThat(client.next("message", Duration.ofSeconds(2))).isNull();
    }
  }

  @Test
  void idleConnectionReceivesHeartbeatComments() throws Exception {
    String slug = Api.campaign();
    try (SseClient client = SseClient.open(events(slug), null)) {
      SseClient.Event beat = client.next("#comment", Duration.ofSeconds(6));
      assertThat(beat).isNotNull();
    }
  }

  @Test
  void unknownCampaignIsProblem404() {
    io.restassured.RestAssured.given()
        .get("/api/v1/campaigns/{slug}/feed/events", "no-such-campaign")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
