package org.solidarity.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;
import org.solidarity.support.Db;

/** The retention job, run on data made old on purpose (defaults: 30 and 365 days). */
@QuarkusTest
class RetentionTest {

  @Inject RetentionJob job;

  private static void ageDecision(String id, int days) {
    Db.update(
        "update message set submitted_at = now() - make_interval(days => ?),"
            + " decided_at = now() - make_interval(days => ?) where id = ?",
        days + 1,
        days,
        UUID.fromString(id));
  }

  private static void ageSubmission(String id, int days) {
    Db.update(
        "update message set submitted_at = now() - make_interval(days => ?) where id = ?",
        days,
        UUID.fromString(id));
  }

  private static boolean holdsPersonalData(String id) {
    Map<String, Object> seen = Api.asModerator(id);
    Object fingerprint =
        Db.value("select fingerprint from message where id = ?", UUID.fromString(id));
    assertEquals(
        seen.get("email") == null, fingerprint == null, "email and fingerprint go together");
    return seen.get("email") != null;
  }

  @Test
  void refusedMessagesLoseEmailAndFingerprintAfter30Days() {
    String slug = Api.campaign();
    String oldRejected = Api.submitted(slug, "Rejected long ago");
    Api.decide(oldRejected, "REJECT", "OFF_TOPIC").statusCode(200);
    ageDecision(oldRejected, 31);
    String oldSpam = Api.submitted(slug, "Spam long ago");
    Api.decide(oldSpam, "SPAM", null).statusCode(200);
    ageDecision(oldSpam, 31);
    String recentRejected = Api.submitted(slug, "Rejected last week");
    Api.decide(recentRejected, "REJECT", "OFF_TOPIC").statusCode(200);
    ageDecision(recentRejected, 29);
    String oldApproved = Api.approved(slug, "Approved a while ago");
    ageDecision(oldApproved, 31);

    job.run();

    assertEquals(false, holdsPersonalData(oldRejected));
    assertEquals(false, holdsPersonalData(oldSpam));
    assertEquals(true, holdsPersonalData(recentRejected));
    assertEquals(true, holdsPersonalData(oldApproved));
    assertEquals("Ana Test", Api.asModerator(oldRejected).get("authorName"));
  }

  @Test
  void everyMessageLosesEmailAndFingerprintAfter365Days() {
    String slug = Api.campaign();
    String oldApproved = Api.approved(slug, "Published last year");
    ageSubmission(oldApproved, 366);
    String oldPending = Api.submitted(slug, "Forgotten in the queue");
    ageSubmission(oldPending, 366);
    String younger = Api.submitted(slug, "Almost a year old");
    ageSubmission(younger, 364);

    job.run();

    assertEquals(false, holdsPersonalData(oldApproved));
    assertEquals(false, holdsPersonalData(oldPending));
    assertEquals(true, holdsPersonalData(younger));
    // Published words stay published; only the private fields went.
    given()
        .get("/api/v1/campaigns/{slug}/feed", slug)
        .then()
        .body("items.id", hasItem(oldApproved))
        .body("items.authorName", hasItem("Ana Test"));
  }

  @Test
  void aModeratorWorkingOnAnErasedMessageGets409InsteadOfRestoringTheEmail() {
    String slug = Api.campaign();
    String id = Api.submitted(slug, "Open in a moderator's tab");
    long seenVersion = Api.version(id);
    ageSubmission(id, 400);

    job.run();

    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("action", "APPROVE", "version", seenVersion))
        .post("/api/v1/moderation/messages/{id}/decision", id)
        .then()
        .statusCode(409);
    assertNull(Api.asModerator(id).get("email"));
  }

  @Test
  void expiredIdempotencyRecordsAndRateLimitBucketsAreRemoved() {
    String slug = Api.campaign();
    String id =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .body(Api.message("Keyed"))
            .post("/api/v1/campaigns/{slug}/messages", slug)
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    Db.update(
        "update idempotency_record set created_at = now() - interval '25 hours'"
            + " where message_id = ?",
        UUID.fromString(id));
    String bucket = "test:expired:" + UUID.randomUUID();
    Db.update("insert into rate_limit_bucket (id, state, expires_at) values (?, null, 1)", bucket);
    String liveBucket = "test:live:" + UUID.randomUUID();
    Db.update(
        "insert into rate_limit_bucket (id, state, expires_at) values (?, null, ?)",
        liveBucket,
        System.currentTimeMillis() + 3_600_000);

    job.run();

    assertEquals(
        0,
        Db.count(
            "select count(*) from idempotency_record where message_id = ?", UUID.fromString(id)));
    assertEquals(0, Db.count("select count(*) from rate_limit_bucket where id = ?", bucket));
    assertEquals(1, Db.count("select count(*) from rate_limit_bucket where id = ?", liveBucket));
    assertNotNull(Api.asModerator(id).get("email"));
  }
}
