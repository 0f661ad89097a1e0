package org.solidarity.feed;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.feed;
import static org.solidarity.support.Api.inParallel;
import static org.solidarity.support.Api.invalidField;
import static org.solidarity.support.Api.message;
import static org.solidarity.support.Api.problem;
import static org.solidarity.support.Api.queue;
import static org.solidarity.support.Api.submit;
import static org.solidarity.support.Api.submitted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keyset pagination of the public feed: limits, cursors, and a complete walk. */
@QuarkusTest
class FeedPagingTest {

  /** A post-moderated campaign with {@code count} published messages; returns their ids. */
  private static List<String> publishedInNewCampaign(String[] slugHolder, int count) {
    String slug = campaign("POST");
    slugHolder[0] = slug;
    return inParallel(
        count,
        4,
        i -> submit(slug, message("message " + i)).statusCode(202).extract().<String>path("id"));
  }

  /** Follows nextCursor to the end; checks order on the way and returns ids in feed order. */
  private static List<String> walk(String slug, Map<String, Object> query) {
    List<String> ids = new ArrayList<>();
    Instant previousAt = null;
    String previousId = null;
    Map<String, Object> params = new HashMap<>(query);
    for (int page = 0; page < 1000; page++) {
      JsonPath json = feed(slug, params).statusCode(200).extract().jsonPath();
      List<Map<String, Object>> items = json.getList("items");
      for (Map<String, Object> item : items) {
        Instant at = Instant.parse((String) item.get("publishedAt"));
        String id = (String) item.get("id");
        if (previousAt != null) {
          int byTime = at.compareTo(previousAt);
          assertTrue(
              byTime < 0 || (byTime == 0 && id.compareTo(previousId) < 0),
              "not newest first at " + id);
        }
        previousAt = at;
        previousId = id;
        ids.add(id);
      }
      String next = json.getString("nextCursor");
      if (next == null) {
        return ids;
      }
      params.put("cursor", next);
    }
    throw new AssertionError("the cursor never ended");
  }

  @Test
  void cursorWalksCampaignOf250ApprovedMessagesWithNoGapAndNoDuplicate() {
    String[] slug = new String[1];
    List<String> published = publishedInNewCampaign(slug, 250);
    for (int limit : new int[] {17, 100}) {
      List<String> walked = walk(slug[0], Map.of("limit", limit));
      assertEquals(250, walked.size(), "limit " + limit);
      assertEquals(250, new HashSet<>(walked).size(), "duplicates with limit " + limit);
      assertEquals(new HashSet<>(published), new HashSet<>(walked), "gap with limit " + limit);
    }
    assertEquals(250, walk(slug[0], Map.of()).size());
  }

  @Test
  void newPublicationsDoNotShiftPagesAlreadyBeingWalked() {
    String[] slug = new String[1];
    List<String> older = publishedInNewCampaign(slug, 6);
    JsonPath first = feed(slug[0], Map.of("limit", 3)).statusCode(200).extract().jsonPath();
    submitted(slug[0], "published while someone is paging");
    List<String> seen = new ArrayList<>(first.getList("items.id"));
    seen.addAll(walk(slug[0], Map.of("limit", 3, "cursor", first.getString("nextCursor"))));
    assertEquals(new HashSet<>(older), new HashSet<>(seen));
    assertEquals(6, seen.size());
  }

  @Test
  void defaultLimitIs20() {
    String[] slug = new String[1];
    publishedInNewCampaign(slug, 21);
    feed(slug[0], Map.of())
        .statusCode(200)
        .body("items.size()", equalTo(20))
        .body("nextCursor", notNullValue());
  }

  @Test
  void honoursLimitsFrom1To100() {
    String[] slug = new String[1];
    publishedInNewCampaign(slug, 3);
    feed(slug[0], Map.of("limit", 1)).statusCode(200).body("items.size()", equalTo(1));
    feed(slug[0], Map.of("limit", 100)).statusCode(200).body("items.size()", equalTo(3));
  }

  @Test
  void lastFullPageHasNoNextCursor() {
    String[] slug = new String[1];
    publishedInNewCampaign(slug, 3);
    feed(slug[0], Map.of("limit", 3))
        .statusCode(200)
        .body("items.size()", equalTo(3))
        .body("nextCursor", nullValue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "101", "-1", "abc", "1.5", "99999999999"})
  void rejectsLimitOutside1To100(String limit) {
    invalidField(feed(campaign(), Map.of("limit", limit)), "limit");
  }

  @Test
  void rejectsTamperedCursor() {
    String[] slug = new String[1];
    publishedInNewCampaign(slug, 3);
    String cursor = feed(slug[0], Map.of("limit", 1)).statusCode(200).extract().path("nextCursor");
    char[] chars = cursor.toCharArray();
    int middle = chars.length / 2;
    chars[middle] = chars[middle] == 'A' ? 'B' : 'A';
    problem(feed(slug[0], Map.of("cursor", new String(chars))), 400)
        .body("type", equalTo("/problems/bad-cursor"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"nonsense", "!!!", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "e30"})
  void rejectsUnknownCursor(String cursor) {
    problem(feed(campaign(), Map.of("cursor", cursor)), 400)
        .body("type", equalTo("/problems/bad-cursor"));
  }

  @Test
  void rejectsQueueCursorOnTheFeed() {
    String slug = campaign();
    submitted(slug, "one");
    submitted(slug, "two");
    String queueCursor =
        queue(Map.of("campaign", slug, "limit", 1)).statusCode(200).extract().path("nextCursor");
    problem(feed(slug, Map.of("cursor", queueCursor)), 400)
        .body("type", equalTo("/problems/bad-cursor"));
  }
}
