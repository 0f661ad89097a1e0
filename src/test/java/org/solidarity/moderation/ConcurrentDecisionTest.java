package org.solidarity.moderation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.decideAs;
import static org.solidarity.support.Api.inParallel;
import static org.solidarity.support.Api.moderator;
import static org.solidarity.support.Api.moderatorView;
import static org.solidarity.support.Api.problem;
import static org.solidarity.support.Api.submitted;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two moderators deciding on one message: the database lets exactly one win. */
@QuarkusTest
class ConcurrentDecisionTest {

  @Test
  void secondModeratorGets409OnStaleVersion() {
    String alice = moderator();
    String bob = moderator();
    String id = submitted(campaign(), "contested");
    decideAs(alice, id, "APPROVE", 0, null).statusCode(200);
    problem(decideAs(bob, id, "REJECT", 0, "OFF_TOPIC"), 409)
        .body("type", equalTo("/problems/stale-version"));
    moderatorView(id).body("status", equalTo("APPROVED")).body("version", equalTo(1));
    asAdmin()
        .get("/api/v1/moderation/messages/{id}/history", id)
        .then()
        .body("$", hasSize(1))
        .body("[0].actor", equalTo(alice));
  }

  @Test
  void sameDecisionTwiceWithOneVersionIs409NotA422() {
    String mod = moderator();
    String id = submitted(campaign(), "double click");
    decideAs(mod, id, "APPROVE", 0, null).statusCode(200);
    problem(decideAs(mod, id, "APPROVE", 0, null), 409);
  }

  @Test
  void decisionWithTheCurrentVersionAfterAnotherSucceeds() {
    String mod = moderator();
    String id = submitted(campaign(), "step by step");
    decideAs(mod, id, "REJECT", 0, "DUPLICATE").statusCode(200).body("version", equalTo(1));
    decideAs(mod, id, "REOPEN", 1, null).statusCode(200).body("version", equalTo(2));
    decideAs(mod, id, "APPROVE", 2, null).statusCode(200).body("version", equalTo(3));
  }

  @Test
  void futureVersionIsAlso409() {
    String mod = moderator();
    String id = submitted(campaign(), "from the future");
    problem(decideAs(mod, id, "APPROVE", 7, null), 409);
    moderatorView(id).body("status", equalTo("PENDING"));
  }

  @Test
  void simultaneousDecisionsOnOneVersionLetExactlyOneWin() {
    String alice = moderator();
    String bob = moderator();
    String slug = campaign();
    for (int round = 0; round < 4; round++) {
      String id = submitted(slug, "race " + round);
      List<Integer> statuses =
          inParallel(
              4,
              4,
              i ->
                  (i % 2 == 0
                          ? decideAs(alice, id, "APPROVE", 0, null)
                          : decideAs(bob, id, "SPAM", 0, null))
                      .extract()
                      .statusCode());
      assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
      assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
      moderatorView(id).body("version", equalTo(1));
      asAdmin().get("/api/v1/moderation/messages/{id}/history", id).then().body("$", hasSize(1));
    }
  }
}
