package org.solidarity.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.invalidField;
import static org.solidarity.support.Api.message;
import static org.solidarity.support.Api.problem;
import static org.solidarity.support.Api.utf8Json;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies that are not the expected JSON object are refused with precise problem answers. */
@QuarkusTest
class SubmissionRequestFormatTest {

  private static final int MAX_BODY_BYTES = 16 * 1024;

  @TestHTTPResource("/api/v1/campaigns")
  URL campaigns;

  private static ValidatableResponse post(String slug, String contentType, byte[] body) {
    return given()
        .contentType(contentType)
        .body(body)
        .post("/api/v1/campaigns/{slug}/messages", slug)
        .then();
  }

  private static ValidatableResponse postJson(String slug, String json) {
    return post(slug, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** A valid submission padded with JSON whitespace to exactly {@code size} bytes. */
  private static byte[] paddedTo(int size) {
    byte[] json = utf8Json(message("padded"));
    byte[] padded = Arrays.copyOf(json, size);
    Arrays.fill(padded, json.length - 1, size - 1, (byte) ' ');
    padded[size - 1] = '}';
    return padded;
  }

  @ParameterizedTest
  @ValueSource(strings = {"{", "{\"authorName\": }", "not json", "{\"a\":1}}", "'single'"})
  void rejectsMalformedJson(String json) {
    problem(postJson(campaign(), json), 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"text\"", "42", "null", ""})
  void rejectsJsonThatIsNotAnObject(String json) {
    problem(postJson(campaign(), json), 400);
  }

  @Test
  void rejectsWrongTypesNamingTheField() {
    String slug = campaign();
    Map<String, Object> body = message("hola");
    body.put("consent", "yes");
    invalidField(post(slug, "application/json", utf8Json(body)), "consent");
    body = message("hola");
    body.put("authorName", Map.of("first", "Ana"));
    invalidField(post(slug, "application/json", utf8Json(body)), "authorName");
    body = message("hola");
    body.put("body", new String[] {"a", "b"});
    invalidField(post(slug, "application/json", utf8Json(body)), "body");
  }

  @Test
  void rejectsUnknownFieldNamingIt() {
    Map<String, Object> body = message("hola");
    body.put("status", "APPROVED");
    invalidField(post(campaign(), "application/json", utf8Json(body)), "status")
        .body("errors[0].message", equalTo("unknown field"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/xml", "application/octet-stream"})
  void rejectsOtherContentTypesWith415(String contentType) {
    problem(post(campaign(), contentType, utf8Json(message("hola"))), 415);
  }

  @Test
  void rejectsMissingContentTypeWith415() {
    problem(
        given()
            .body(utf8Json(message("hola")))
            .post("/api/v1/campaigns/{slug}/messages", campaign())
            .then(),
        415);
  }

  @Test
  void acceptsJsonWithCharsetParameter() {
    post(campaign(), "application/json; charset=UTF-8", utf8Json(message("hola"))).statusCode(202);
  }

  @Test
  void acceptsBodyOfExactly16KiB() {
    post(campaign(), "application/json", paddedTo(MAX_BODY_BYTES)).statusCode(202);
  }

  @Test
  void rejectsBodyOver16KiBWith413() {
    problem(post(campaign(), "application/json", paddedTo(MAX_BODY_BYTES + 1)), 413);
    problem(post(campaign(), "application/json", paddedTo(200_000)), 413);
  }

  /** Sends the body chunked: a stream of unknown length has no Content-Length header. */
  private HttpResponse<String> postChunked(String slug, byte[] body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(campaigns + "/" + slug + "/messages"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void acceptsChunkedBodyOfExactly16KiB() throws Exception {
    HttpResponse<String> response = postChunked(campaign(), paddedTo(MAX_BODY_BYTES));
    assertEquals(202, response.statusCode(), response::body);
  }

  @ParameterizedTest
  @ValueSource(ints = {MAX_BODY_BYTES + 1, 500_000})
  void rejectsChunkedBodyOver16KiBWith413(int size) throws Exception {
    HttpResponse<String> response = postChunked(campaign(), paddedTo(size));
    assertEquals(413, response.statusCode(), response::body);
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
  }

  @Test
  void rejectsSubmissionToUnknownCampaignWith404() {
    problem(post("no-such-campaign", "application/json", utf8Json(message("hola"))), 404);
  }

  @Test
  void rejectsSubmissionToClosedCampaignWith409() {
    String slug = org.solidarity.support.Api.campaignWithStatus("CLOSED");
    problem(post(slug, "application/json", utf8Json(message("hola"))), 409)
        .body("type", equalTo("/problems/campaign-closed"));
  }

  @Test
  void rejectsLoneSurrogateInsteadOfCorruptingIt() {
    String slug = campaign();
    // JSON allows the escape of half an emoji; it cannot be stored as UTF-8.
    invalidField(postJson(slug, jsonWith("body", "half \\uD83E emoji")), "body");
    invalidField(postJson(slug, jsonWith("authorName", "Ana \\uDD1D")), "authorName");
  }

  /** A valid submission whose field holds raw JSON string content, escapes included. */
  private static String jsonWith(String field, String rawJsonString) {
    Map<String, Object> body = message("hola");
    body.put(field, "PLACEHOLDER");
    return new String(utf8Json(body), StandardCharsets.UTF_8).replace("PLACEHOLDER", rawJsonString);
  }

  @Test
  void answersJsonContentTypeOnSuccess() {
    given()
        .contentType(ContentType.JSON)
        .body(utf8Json(message("hola")))
        .post("/api/v1/campaigns/{slug}/messages", campaign())
        .then()
        .statusCode(202)
        .contentType(ContentType.JSON);
  }
}
