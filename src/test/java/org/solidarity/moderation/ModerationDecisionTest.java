package org.solidarity.moderation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.solidarity.support.Api.approved;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.decide;
import static org.solidarity.support.Api.invalidField;
import static org.solidarity.support.Api.moderatorView;
import static org.solidarity.support.Api.problem;
import static org.solidarity.support.Api.submitted;
import static org.solidarity.support.Api.version;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each decision moves a message along the one table of allowed transitions. */
@QuarkusTest
class ModerationDecisionTest {

  private static ValidatableResponse post(String id, Map<String, Object> decision) {
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(decision)
        .post("/api/v1/moderation/messages/{id}/decision", id)
        .then();
  }

  /** A message of a fresh campaign brought into the given status. */
  private static String messageIn(String status) {
    String id = submitted(campaign(), "message");
    switch (status) {
      case "APPROVED" -> decide(id, "APPROVE", null).statusCode(200);
      case "REJECTED" -> decide(id, "REJECT", "OFF_TOPIC").statusCode(200);
      case "SPAM" -> decide(id, "SPAM", null).statusCode(200);
      default -> {}
    }
    return id;
  }

  @Test
  void approvalPublishesAndBumpsTheVersion() {
    String id = submitted(campaign(), "hola");
    decide(id, "APPROVE", null)
        .statusCode(200)
        .body("id", equalTo(id))
        .body("status", equalTo("APPROVED"))
        .body("publishedAt", notNullValue())
        .body("decidedAt", notNullValue())
        .body("version", equalTo(1));
  }

  @Test
  void rejectionWithReasonAndNote() {
    String id = submitted(campaign(), "hola");
    Map<String, Object> decision = new HashMap<>();
    decision.put("action", "REJECT");
    decision.put("version", 0);
    decision.put("reason", "PERSONAL_DATA");
    decision.put("note", "  Contains a phone number  ");
    post(id, decision).statusCode(200).body("status", equalTo("REJECTED"));
    asAdmin()
        .get("/api/v1/moderation/messages/{id}/history", id)
        .then()
        .statusCode(200)
        .body("[0].reason", equalTo("PERSONAL_DATA"))
        .body("[0].note", equalTo("Contains a phone number"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"OFF_TOPIC", "ABUSIVE", "PERSONAL_DATA", "DUPLICATE", "OTHER"})
  void acceptsEveryReasonOfTheFixedList(String reason) {
    decide(submitted(campaign(), "hola"), "REJECT", reason)
        .statusCode(200)
        .body("status", equalTo("REJECTED"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "RUDE", "because I said so"})
  void rejectionNeedsAReasonFromTheFixedList(String reason) {
    String id = submitted(campaign(), "hola");
    invalidField(decide(id, "REJECT", reason), "reason");
    moderatorView(id).body("status", equalTo("PENDING")).body("version", equalTo(0));
  }

  @Test
  void rejectionWithoutReasonIs400() {
    invalidField(decide(submitted(campaign(), "hola"), "REJECT", null), "reason");
  }

  @Test
  void spamMovesPendingToSpam() {
    decide(messageIn("PENDING"), "SPAM", null).statusCode(200).body("status", equalTo("SPAM"));
  }

  @Test
  void unpublishingMovesApprovedToRejectedAndClearsPublication() {
    decide(messageIn("APPROVED"), "REJECT", "ABUSIVE")
        .statusCode(200)
        .body("status", equalTo("REJECTED"))
        .body("publishedAt", nullValue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"REJECTED", "SPAM"})
  void reopenReturnsToPending(String from) {
    decide(messageIn(from), "REOPEN", null)
        .statusCode(200)
        .body("status", equalTo("PENDING"))
        .body("publishedAt", nullValue());
  }

  @ParameterizedTest
  @CsvSource({
    "APPROVED,APPROVE",
    "APPROVED,SPAM",
    "APPROVED,REOPEN",
    "PENDING,REOPEN",
    "REJECTED,APPROVE",
    "REJECTED,REJECT",
    "REJECTED,SPAM",
    "SPAM,APPROVE",
    "SPAM,REJECT",
    "SPAM,SPAM"
  })
  void forbiddenTransitionIs422AndChangesNothing(String from, String action) {
    String id = messageIn(from);
    long before = version(id);
    problem(decide(id, action, "REJECT".equals(action) ? "OTHER" : null), 422)
        .body("type", equalTo("/problems/forbidden-transition"));
    moderatorView(id).body("status", equalTo(from)).body("version", equalTo((int) before));
  }

  @Test
  void rejectsUnknownOrMissingAction() {
    String id = submitted(campaign(), "hola");
    invalidField(post(id, Map.of("action", "PUBLISH", "version", 0)), "action");
    invalidField(post(id, Map.of("version", 0)), "action");
  }

  @Test
  void rejectsMissingNegativeOrNonNumericVersion() {
    String id = submitted(campaign(), "hola");
    invalidField(post(id, Map.of("action", "APPROVE")), "version");
    invalidField(post(id, Map.of("action", "APPROVE", "version", -1)), "version");
    invalidField(post(id, Map.of("action", "APPROVE", "version", "latest")), "version");
  }

  @Test
  void rejectsUnknownDecisionField() {
    String id = submitted(campaign(), "hola");
    invalidField(post(id, Map.of("action", "APPROVE", "version", 0, "actor", "x")), "actor");
  }

  @Test
  void unknownMessageIs404() {
    String unknown = UUID.randomUUID().toString();
    problem(post(unknown, Map.of("action", "APPROVE", "version", 0)), 404);
    problem(moderatorView(unknown), 404);
  }

  @Test
  void malformedMessageIdIs404() {
    problem(post("not-a-uuid", Map.of("action", "APPROVE", "version", 0)), 404);
    problem(moderatorView("not-a-uuid"), 404);
    problem(asAdmin().get("/api/v1/moderation/messages/{id}/history", "12345").then(), 404);
  }

  @Test
  void approvedMessageCanBeReadBackByModerators() {
    String id = approved(campaign(), "hola");
    moderatorView(id)
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("version", equalTo(1));
  }
}
