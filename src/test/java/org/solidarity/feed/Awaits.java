package org.solidarity.feed;

import static io.restassured.RestAssured.given;

import java.util.List;

/** Polls the public feed until a change is visible, for reads served from the cache. */
final class Awaits {

  private Awaits() {}

  static void untilFeedShows(String slug, String id) {
    until(slug, id, true);
  }

  static void untilFeedLacks(String slug, String id) {
    until(slug, id, false);
  }

  private static void until(String slug, String id, boolean present) {
    long deadline = System.currentTimeMillis() + 2000;
    while (true) {
      List<String> ids =
          given()
              .get("/api/v1/campaigns/{slug}/feed?limit=100", slug)
              .then()
              .extract()
              .path("items.id");
      if (ids.contains(id) == present) {
        return;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(
            "feed of " + slug + (present ? " never showed " : " still shows ") + id + " after 2 s");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
