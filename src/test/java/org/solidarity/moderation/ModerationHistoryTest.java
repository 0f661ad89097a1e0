package org.solidarity.moderation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.decide;
import static org.solidarity.support.Api.decideAs;
import static org.solidarity.support.Api.moderator;
import static org.solidarity.support.Api.moderatorView;
import static org.solidarity.support.Api.problem;
import static org.solidarity.support.Api.submitted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every decision leaves an audit line: who, when, from which status to which, and why. */
@QuarkusTest
class ModerationHistoryTest {

  private static ValidatableResponse history(String id) {
    return asAdmin().get("/api/v1/moderation/messages/{id}/history", id).then();
  }

  @Test
  void historyListsEveryDecisionInOrder() {
    String mod = moderator();
    String id = submitted(campaign(), "long story");
    decideAs(mod, id, "REJECT", 0, "OFF_TOPIC").statusCode(200);
    decideAs(mod, id, "REOPEN", 1, null).statusCode(200);
    decide(id, "APPROVE", null).statusCode(200);
    decideAs(mod, id, "REJECT", 3, "DUPLICATE").statusCode(200);

    history(id)
        .statusCode(200)
        .body("action", contains("REJECT", "REOPEN", "APPROVE", "REJECT"))
        .body("from", contains("PENDING", "REJECTED", "PENDING", "APPROVED"))
        .body("to", contains("REJECTED", "PENDING", "APPROVED", "REJECTED"))
        .body("reason", contains("OFF_TOPIC", null, null, "DUPLICATE"))
        .body("actor", contains(mod, mod, "admin", mod));

    List<String> times = history(id).extract().jsonPath().getList("at");
    for (int i = 1; i < times.size(); i++) {
      assertTrue(
          !Instant.parse(times.get(i)).isBefore(Instant.parse(times.get(i - 1))),
          "history not in order: " + times);
    }
  }

  @Test
  void approvalTimeInHistoryIsThePublicationTime() {
    String id = submitted(campaign(), "hola");
    String publishedAt = decide(id, "APPROVE", null).statusCode(200).extract().path("publishedAt");
    history(id).body("[0].at", equalTo(publishedAt));
    moderatorView(id).body("publishedAt", equalTo(publishedAt));
  }

  @Test
  void undecidedMessageHasEmptyHistory() {
    history(submitted(campaign(), "untouched")).statusCode(200).body("$", empty());
  }

  @Test
  void refusedDecisionsLeaveNoAuditLine() {
    String id = submitted(campaign(), "hola");
    decide(id, "REOPEN", null).statusCode(422);
    decide(id, "REJECT", null).statusCode(400);
    history(id).statusCode(200).body("$", empty());
  }

  @Test
  void historyOfUnknownOrMalformedIdIs404() {
    problem(history(UUID.randomUUID().toString()), 404);
    problem(history("not-a-uuid"), 404);
  }
}
