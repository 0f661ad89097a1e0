package org.solidarity.feed;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.solidarity.support.Api.approved;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.decide;
import static org.solidarity.support.Api.feed;
import static org.solidarity.support.Api.feedIds;
import static org.solidarity.support.Api.problem;
import static org.solidarity.support.Api.submitted;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only approved messages are public, and only while they stay approved. */
@QuarkusTest
class FeedVisibilityTest {

  @Test
  void submissionIsInvisibleUntilApprovedAndVisibleAfter() {
    String slug = campaign();
    String id = submitted(slug, "Estamos con ustedes");
    feed(slug, Map.of()).statusCode(200).body("items", empty()).body("nextCursor", nullValue());

    decide(id, "APPROVE", null).statusCode(200);
    // Cached pages follow the database's change notification, which arrives just after commit.
    Awaits.untilFeedShows(slug, id);

    feed(slug, Map.of())
        .statusCode(200)
        .contentType("application/json")
        .body("items.size()", equalTo(1))
        .body("items[0].id", equalTo(id))
        .body("items[0].authorName", equalTo("Ana Test"))
        .body("items[0].organization", equalTo("Test Org"))
        .body("items[0].country", equalTo("MX"))
        .body("items[0].language", equalTo("es"))
        .body("items[0].body", equalTo("Estamos con ustedes"))
        .body("items[0].publishedAt", notNullValue())
        .body("nextCursor", nullValue());
  }

  @Test
  void rejectedAndSpamNeverAppear() {
    String slug = campaign();
    decide(submitted(slug, "off topic"), "REJECT", "OFF_TOPIC").statusCode(200);
    decide(submitted(slug, "buy pills"), "SPAM", null).statusCode(200);
    String kept = approved(slug, "kept");
    assertThat(feedIds(slug), contains(kept));
  }

  @Test
  void unpublishingRemovesTheMessageFromTheFeed() {
    String slug = campaign();
    String stays = approved(slug, "stays");
    String goes = approved(slug, "goes");
    assertThat(feedIds(slug), contains(goes, stays));

    decide(goes, "REJECT", "PERSONAL_DATA").statusCode(200);

    assertThat(feedIds(slug), contains(stays));
  }

  @Test
  void reopenedMessageStaysHiddenUntilApprovedAgain() {
    String slug = campaign();
    String id = submitted(slug, "second chance");
    decide(id, "REJECT", "OTHER").statusCode(200);
    decide(id, "REOPEN", null).statusCode(200);
    assertThat(feedIds(slug), empty());
    decide(id, "APPROVE", null).statusCode(200);
    assertThat(feedIds(slug), contains(id));
  }

  @Test
  void newestPublicationComesFirstWhateverTheSubmissionOrder() {
    String slug = campaign();
    String a = submitted(slug, "a");
    String b = submitted(slug, "b");
    String c = submitted(slug, "c");
    decide(c, "APPROVE", null).statusCode(200);
    decide(a, "APPROVE", null).statusCode(200);
    decide(b, "APPROVE", null).statusCode(200);
    assertThat(feedIds(slug), contains(b, a, c));
  }

  @Test
  void feedShowsOnlyItsOwnCampaign() {
    String mine = campaign();
    String other = campaign();
    approved(other, "elsewhere");
    String here = approved(mine, "here");
    assertThat(feedIds(mine), contains(here));
  }

  @Test
  void feedOfUnknownCampaignIs404() {
    problem(feed("no-such-campaign", Map.of()), 404);
  }
}
