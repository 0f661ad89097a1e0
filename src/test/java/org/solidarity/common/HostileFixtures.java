package org.solidarity.common;

import io.restassured.http.ContentType;
import java.util.Map;
import org.solidarity.support.Api;

/** The data hostile requests aim at, made once per run so every request has a real target. */
final class HostileFixtures {

  private static HostileFixtures made;

  final String slug;
  final String hookSlug;
  final String approvedId;
  final String pendingId;
  final String manageToken;
  final String username;
  final long webhookId;

  private HostileFixtures() {
    slug = Api.campaign();
    approvedId = Api.approved(slug, "Already published");
    Map<String, Object> receipt = Api.receipt(slug, "Still pending");
    pendingId = (String) receipt.get("id");
    manageToken = (String) receipt.get("manageToken");
    username = Api.moderator();
    // A campaign of its own, with nothing ever approved, so the webhook never fires.
    hookSlug = Api.campaign();
    webhookId =
        Api.asAdmin()
            .contentType(ContentType.JSON)
            .body(Map.of("url", "https://example.org/hook"))
            .post("/api/v1/admin/campaigns/{slug}/webhooks", hookSlug)
            .then()
            .statusCode(201)
            .extract()
            .<Number>path("id")
            .longValue();
  }

  static synchronized HostileFixtures get() {
    if (made == null) {
      made = new HostileFixtures();
    }
    return made;
  }
}
