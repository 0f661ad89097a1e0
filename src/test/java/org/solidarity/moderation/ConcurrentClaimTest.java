package org.solidarity.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.claimNext;
import static org.solidarity.support.Api.decideAs;
import static org.solidarity.support.Api.moderator;
import static org.solidarity.support.Api.submitted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConcurrentClaimTest {

  private static final int MODERATORS = 8;
  private static final int MESSAGES = 100;

  @Test
  void eightModeratorsClaimingAtOnceNeverShareAMessageAndDrainTheQueueExactly() throws Exception {
    String slug = campaign();
    Set<String> submittedIds = new HashSet<>();
    for (int i = 0; i < MESSAGES; i++) {
      submittedIds.add(submitted(slug, "message " + i));
    }
    List<String> moderators = new ArrayList<>();
    for (int i = 0; i < MODERATORS; i++) {
      moderators.add(moderator());
    }
    List<String> claimed = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(MODERATORS);
    try {
      List<Future<Integer>> workers = new ArrayList<>();
      for (String name : moderators) {
        workers.add(
            pool.submit(
                () -> {
                  start.await();
                  int decided = 0;
                  while (true) {
                    Response claim = claimNext(name, slug);
                    if (claim.statusCode() == 204) {
                      return decided;
                    }
                    assertEquals(200, claim.statusCode(), claim.asString());
                    String id = claim.path("id");
                    claimed.add(id);
                    long version = claim.<Number>path("version").longValue();
                    // A shared message would show up here too: the other holder's lease is a 409.
                    decideAs(name, id, "APPROVE", version, null).statusCode(200);
                    decided++;
                  }
                }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> worker : workers) {
        total += worker.get(5, TimeUnit.MINUTES);
      }
      assertEquals(MESSAGES, total, "every claim ended in one approval");
    } finally {
      pool.shutdownNow();
    }

    assertEquals(MESSAGES, claimed.size(), "as many claims as messages");
    assertEquals(submittedIds, new HashSet<>(claimed), "each message claimed exactly once");
    asAdmin()
        .queryParam("campaign", slug)
        .get("/api/v1/moderation/queue/counts")
        .then()
        .statusCode(200)
        .body("PENDING", org.hamcrest.Matchers.equalTo(0))
        .body("APPROVED", org.hamcrest.Matchers.equalTo(MESSAGES))
        .body("CLAIMED", org.hamcrest.Matchers.equalTo(0));
    assertTrue(claimed.stream().allMatch(submittedIds::contains));
  }
}
