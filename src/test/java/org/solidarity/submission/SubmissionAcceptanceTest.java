package org.solidarity.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.solidarity.support.Api.approved;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.feed;
import static org.solidarity.support.Api.message;
import static org.solidarity.support.Api.moderatorView;
import static org.solidarity.support.Api.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A valid submission is stored, normalised and acknowledged with a manage token. */
@QuarkusTest
class SubmissionAcceptanceTest {

  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Test
  void acceptsSubmissionWith202LocationAndReceipt() {
    ExtractableResponse<Response> response =
        submit(campaign(), message("Estamos con ustedes"))
            .statusCode(202)
            .contentType("application/json")
            .body("id", matchesPattern(UUID_PATTERN))
            .body("status", equalTo("PENDING"))
            .body("manageToken", not(emptyOrNullString()))
            .body("size()", equalTo(3))
            .extract();
    String id = response.path("id");
    assertEquals(true, response.header("Location").endsWith("/api/v1/messages/" + id));
  }

  @Test
  void eachSubmissionGetsItsOwnToken() {
    String slug = campaign();
    String first = submit(slug, message("one")).statusCode(202).extract().path("manageToken");
    String second = submit(slug, message("two")).statusCode(202).extract().path("manageToken");
    org.junit.jupiter.api.Assertions.assertNotEquals(first, second);
  }

  @ParameterizedTest
  @CsvSource({"mx,MX", "Mx,MX", "ph,PH", "PH,PH", "' de ',DE"})
  void storesCountryInUpperCase(String sent, String stored) {
    Map<String, Object> body = message("hola");
    body.put("country", sent);
    String id = submit(campaign(), body).statusCode(202).extract().path("id");
    moderatorView(id).statusCode(200).body("country", equalTo(stored));
  }

  @ParameterizedTest
  @CsvSource({"es,es", "ES,es", "pt-br,pt-BR", "PT-br,pt-BR", "zh-hant-tw,zh-Hant-TW", "fil,fil"})
  void canonicalisesLanguageTag(String sent, String stored) {
    Map<String, Object> body = message("hola");
    body.put("language", sent);
    String id = submit(campaign(), body).statusCode(202).extract().path("id");
    moderatorView(id).statusCode(200).body("language", equalTo(stored));
  }

  @Test
  void languageAndOrganizationAndEmailAreOptional() {
    Map<String, Object> body = message("hola");
    body.remove("language");
    body.remove("organization");
    body.remove("email");
    String id = submit(campaign(), body).statusCode(202).extract().path("id");
    moderatorView(id)
        .statusCode(200)
        .body("language", nullValue())
        .body("organization", nullValue())
        .body("email", nullValue());
  }

  @Test
  void blankOrganizationIsStoredAsAbsent() {
    Map<String, Object> body = message("hola");
    body.put("organization", "   ");
    String id = submit(campaign(), body).statusCode(202).extract().path("id");
    moderatorView(id).statusCode(200).body("organization", nullValue());
  }

  @Test
  void trimsBodyAndNames() {
    Map<String, Object> body = message("  \n\t Juntos somos más \n ");
    body.put("authorName", "  Ana  ");
    body.put("organization", " Red ");
    String id = submit(campaign(), body).statusCode(202).extract().path("id");
    moderatorView(id)
        .statusCode(200)
        .body("body", equalTo("Juntos somos más"))
        .body("authorName", equalTo("Ana"))
        .body("organization", equalTo("Red"));
  }

  @Test
  void keepsInnerNewlinesAndTabs() {
    String id =
        org.solidarity.support.Api.submitted(campaign(), "first line\nsecond\tline\r\nthird");
    moderatorView(id).statusCode(200).body("body", equalTo("first line\nsecond\tline\nthird"));
  }

  @Test
  void normalisesDecomposedTextToNfcInStoreAndFeed() {
    String decomposed = "Solidarite\u0301 cafe\u0301";
    String composed = "Solidarit\u00e9 caf\u00e9";
    String slug = campaign();
    Map<String, Object> body = message(decomposed);
    body.put("authorName", "Rene\u0301");
    String id = submit(slug, body).statusCode(202).extract().path("id");
    moderatorView(id).statusCode(200).body("body", equalTo(composed));
    org.solidarity.support.Api.decide(id, "APPROVE", null).statusCode(200);
    feed(slug, Map.of())
        .statusCode(200)
        .body("items[0].body", equalTo(composed))
        .body("items[0].authorName", equalTo("Ren\u00e9"));
  }

  @Test
  void storesScriptsAndEmojiUnchanged() {
    String slug = campaign();
    String text = "متضامنون معكم 🤝 我们与你们同在 हम साथ हैं";
    approved(slug, text);
    feed(slug, Map.of()).statusCode(200).body("items[0].body", equalTo(text));
  }

  @Test
  void locationHeaderPointsToTheAuthorsView() {
    ExtractableResponse<Response> receipt =
        submit(campaign(), message("hola")).statusCode(202).extract();
    String token = receipt.path("manageToken");
    given()
        .auth()
        .oauth2(token)
        .get(receipt.header("Location"))
        .then()
        .statusCode(200)
        .body("id", equalTo(receipt.path("id")))
        .body("body", endsWith("hola"));
  }
}
