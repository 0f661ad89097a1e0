package org.solidarity.moderation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.solidarity.support.Api.approved;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.decide;
import static org.solidarity.support.Api.feed;
import static org.solidarity.support.Api.invalidField;
import static org.solidarity.support.Api.problem;
import static org.solidarity.support.Api.queue;
import static org.solidarity.support.Api.submitted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Moderators work through a campaign's messages oldest first, by status, page by page. */
@QuarkusTest
class ModerationQueueTest {

  private static List<String> queueIds(String slug, String status) {
    return queue(Map.of("campaign", slug, "status", status, "limit", 100))
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id");
  }

  @Test
  void listsPendingOldestFirstWithEverythingAModeratorNeeds() {
    String slug = campaign();
    String first = submitted(slug, "first");
    String second = submitted(slug, "second");
    String third = submitted(slug, "third");
    queue(Map.of("campaign", slug))
        .statusCode(200)
        .body("items.id", contains(first, second, third))
        .body("items[0].campaign", equalTo(slug))
        .body("items[0].status", equalTo("PENDING"))
        .body("items[0].authorName", equalTo("Ana Test"))
        .body("items[0].organization", equalTo("Test Org"))
        .body("items[0].country", equalTo("MX"))
        .body("items[0].language", equalTo("es"))
        .body("items[0].body", equalTo("first"))
        .body("items[0].email", equalTo("ana@example.org"))
        .body("items[0].submittedAt", notNullValue())
        .body("items[0].publishedAt", nullValue())
        .body("items[0].version", equalTo(0))
        .body("nextCursor", nullValue());
  }

  @Test
  void decidedMessagesLeaveThePendingQueue() {
    String slug = campaign();
    String waiting = submitted(slug, "waiting");
    approved(slug, "approved");
    decide(submitted(slug, "rejected"), "REJECT", "OFF_TOPIC").statusCode(200);
    assertThat(queueIds(slug, "PENDING"), contains(waiting));
  }

  @Test
  void filtersByStatusInAnyCase() {
    String slug = campaign();
    String ok = approved(slug, "ok");
    String rejected = submitted(slug, "no");
    decide(rejected, "REJECT", "ABUSIVE").statusCode(200);
    String spam = submitted(slug, "spam");
    decide(spam, "SPAM", null).statusCode(200);
    assertThat(queueIds(slug, "APPROVED"), contains(ok));
    assertThat(queueIds(slug, "rejected"), contains(rejected));
    assertThat(queueIds(slug, "Spam"), contains(spam));
    queue(Map.of("campaign", slug, "status", "APPROVED"))
        .body("items[0].status", equalTo("APPROVED"))
        .body("items[0].publishedAt", notNullValue());
  }

  @Test
  void pagesThroughTheQueueWithCursors() {
    String slug = campaign();
    List<String> submitted = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      submitted.add(submitted(slug, "message " + i));
    }
    List<String> walked = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Map<String, Object> query =
          cursor == null
              ? Map.of("campaign", slug, "limit", 2)
              : Map.of("campaign", slug, "limit", 2, "cursor", cursor);
      JsonPath page = queue(query).statusCode(200).extract().jsonPath();
      walked.addAll(page.getList("items.id"));
      cursor = page.getString("nextCursor");
      pages++;
    } while (cursor != null);
    assertThat(walked, contains(submitted.toArray()));
    assertThat(pages, equalTo(3));
  }

  @Test
  void rejectsUnknownStatus() {
    invalidField(queue(Map.of("campaign", campaign(), "status", "ARCHIVED")), "status");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "101", "many"})
  void rejectsLimitOutside1To100(String limit) {
    invalidField(queue(Map.of("campaign", campaign(), "limit", limit)), "limit");
  }

  @Test
  void rejectsFeedCursorOnTheQueue() {
    String slug = campaign();
    approved(slug, "one");
    approved(slug, "two");
    String feedCursor = feed(slug, Map.of("limit", 1)).extract().path("nextCursor");
    problem(queue(Map.of("campaign", slug, "cursor", feedCursor)), 400)
        .body("type", equalTo("/problems/bad-cursor"));
  }

  @Test
  void rejectsTamperedQueueCursor() {
    problem(queue(Map.of("campaign", campaign(), "cursor", "tampered-cursor")), 400)
        .body("type", equalTo("/problems/bad-cursor"));
  }

  @Test
  void unknownCampaignIs404() {
    problem(queue(Map.of("campaign", "no-such-campaign")), 404);
  }
}
