package org.solidarity.webhook;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.invalidField;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An admin cannot point a webhook at the service's own network. */
@QuarkusTest
@TestProfile(PrivateTargetsProfile.class)
class WebhookTargetTest {

  // A public address written as a literal, so the test needs no name resolution.
  private static final String PUBLIC_URL = "http://93.184.216.34/solidarity";

  private static ValidatableResponse create(String slug, String url) {
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("url", url, "enabled", false))
        .post("/api/v1/admin/campaigns/{slug}/webhooks", slug)
        .then();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/q/health",
        "http://localhost/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.1.2.3/hook",
        "http://172.16.0.9/hook",
        "http://192.168.1.1/hook",
        "http://100.64.0.1/hook",
        "http://0.0.0.0:5432/",
        "http://[::1]/hook",
        "http://[fd00::1]/hook",
        "http://[fe80::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "https://no-such-host.invalid/hook"
      })
  void urlsReachingPrivateOrLocalAddressesAreRefused(String url) {
    invalidField(create(campaign(), url), "url")
        .body("errors.message", hasItem(containsString("must reach a public address")));
  }

  @Test
  void aPublicAddressIsAcceptedButCannotBeMovedOntoTheLocalNetwork() {
    String slug = campaign();
    long id = create(slug, PUBLIC_URL).statusCode(201).extract().jsonPath().getLong("id");

    invalidField(
            asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:5432/"))
                .put("/api/v1/admin/campaigns/{slug}/webhooks/{id}", slug, id)
                .then(),
            "url")
        .body("errors.message", hasItem(containsString("private or local address")));
  }
}
