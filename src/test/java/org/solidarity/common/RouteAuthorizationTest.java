package org.solidarity.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;

/** Every route in the OpenAPI document, and every console page, refuses whoever it should. */
@QuarkusTest
class RouteAuthorizationTest {

  /** The operations anyone may call; a route that loses its role check shows up here first. */
  private static final Set<String> PUBLIC =
      Set.of(
          "GET /api/v1/campaigns/{slug}",
          "GET /api/v1/campaigns/{slug}/feed",
          "GET /api/v1/campaigns/{slug}/feed.atom",
          "GET /api/v1/campaigns/{slug}/feed/events",
          "GET /api/v1/campaigns/{slug}/stats",
          "POST /api/v1/campaigns/{slug}/messages",
          "GET /api/v1/messages/{id}",
          "DELETE /api/v1/messages/{id}",
          "POST /api/v1/messages/{id}/reports",
          "GET /embed.js",
          "GET /embed/{slug}",
          "POST /embed/{slug}/messages",
          "GET /problems",
          "GET /problems/{slug}");

  /** Console pages for any signed-in staff member (method, address). */
  private static final List<String> CONSOLE =
      List.of(
          "GET /moderate",
          "GET /moderate/counts",
          "GET /moderate/message?id=" + UUID.randomUUID(),
          "POST /moderate/claim",
          "POST /moderate/claim/message",
          "POST /moderate/claim/release",
          "POST /moderate/message/decision",
          "POST /moderate/bulk");

  /** Console pages for admins only. */
  private static final List<String> CONSOLE_ADMIN =
      List.of(
          "GET /moderate/admin/campaigns",
          "GET /moderate/admin/campaign?slug=x",
          "GET /moderate/admin/users",
          "POST /moderate/admin/campaigns",
          "POST /moderate/admin/campaign?slug=x",
          "POST /moderate/admin/users",
          "POST /moderate/admin/users/update",
          "POST /moderate/admin/campaign/webhooks",
          "POST /moderate/admin/campaign/webhooks/update",
          "POST /moderate/admin/campaign/webhooks/delete");

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final String WRONG_PASSWORD = "not-the-password-42";

  /** One operation of the OpenAPI document; {@code roles} is null when it needs none. */
  record Operation(String method, String path, List<String> roles, boolean hasBody) {

    String key() {
      return method + " " + path;
    }

    boolean adminOnly() {
      return roles != null && !roles.contains("moderator");
    }
  }

  private String slug;

  /** Made on first use: the application is not up yet while the test instance is built. */
  private String slug() {
    if (slug == null) {
      slug = Api.campaign();
    }
    return slug;
  }

  private static List<Operation> operations() {
    JsonNode paths;
    try {
      String json =
          given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
      paths = new ObjectMapper().readTree(json).path("paths");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    List<Operation> all = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      for (String method : List.of("get", "post", "put", "patch", "delete", "head", "options")) {
        JsonNode operation = path.getValue().get(method);
        if (operation != null) {
          all.add(
              new Operation(
                  method.toUpperCase(),
                  path.getKey(),
                  roles(operation),
                  operation.has("requestBody")));
        }
      }
    }
    assertFalse(all.isEmpty(), "the OpenAPI document lists no operations");
    return all;
  }

  /** The roles of every security requirement; null without any, i.e. for a public operation. */
  private static List<String> roles(JsonNode operation) {
    if (operation.path("security").isEmpty()) {
      return null;
    }
    List<String> roles = new ArrayList<>();
    for (JsonNode requirement : operation.get("security")) {
      requirement.elements().forEachRemaining(scopes -> scopes.forEach(r -> roles.add(r.asText())));
    }
    return roles;
  }

  /** The address with plausible values; an unknown parameter fails, so no route goes untested. */
  private String address(Operation operation) {
    Matcher m = PARAMETER.matcher(operation.path());
    StringBuilder address = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "slug" -> operation.path().startsWith("/problems") ? "validation" : slug();
            // Webhook ids are numbers; message ids are UUIDs.
            case "id" ->
                operation.path().contains("/webhooks/") ? "1" : UUID.randomUUID().toString();
            case "deliveryId" -> "1";
            case "username" -> "nobody-here";
            default -> {
              fail("no plausible value for {" + m.group(1) + "} in " + operation.key());
              yield "";
            }
          };
      m.appendReplacement(address, value);
    }
    m.appendTail(address);
    if (operation.path().equals("/api/v1/moderation/queue/claim")) {
      address.append("?campaign=").append(slug());
    }
    return address.toString();
  }

  /** A body that would be accepted, so only authorization can refuse the request. */
  private static String body(Operation operation) {
    String unique = Api.uniqueSlug("r");
    return switch (operation.path()) {
      case "/api/v1/admin/campaigns" -> "{\"slug\":\"" + unique + "\",\"title\":\"T\"}";
      case "/api/v1/admin/campaigns/{slug}" -> "{\"title\":\"Renamed\"}";
      case "/api/v1/admin/campaigns/{slug}/webhooks" -> "{\"url\":\"https://example.org/hook\"}";
      case "/api/v1/admin/campaigns/{slug}/webhooks/{id}" -> "{\"enabled\":false}";
      case "/api/v1/admin/users" ->
          "{\"username\":\""
              + unique
              + "\",\"password\":\"Long-enough-42\",\"role\":\"moderator\"}";
      case "/api/v1/admin/users/{username}" -> "{\"enabled\":true}";
      case "/api/v1/admin/erasure" -> "{\"email\":\"nobody@example.org\"}";
      case "/api/v1/moderation/messages/{id}/decision" -> "{\"action\":\"APPROVE\",\"version\":0}";
      case "/api/v1/moderation/decisions" ->
          "{\"action\":\"APPROVE\",\"items\":[{\"id\":\""
              + UUID.randomUUID()
              + "\",\"version\":0}]}";
      default -> {
        fail("no plausible body for " + operation.key());
        yield "";
      }
    };
  }

  private ValidatableResponse call(RequestSpecification spec, Operation operation) {
    if (operation.hasBody()) {
      spec = spec.contentType(ContentType.JSON).body(body(operation));
    }
    return spec.redirects().follow(false).request(operation.method(), address(operation)).then();
  }

  private static List<Operation> secured() {
    return operations().stream().filter(o -> o.roles() != null).toList();
  }

  @Test
  void exactlyTheExpectedOperationsArePublic() {
    Set<String> open = new TreeSet<>();
    operations().stream().filter(o -> o.roles() == null).forEach(o -> open.add(o.key()));
    assertEquals(new TreeSet<>(PUBLIC), open);
  }

  @Test
  void everySecuredOperationNamesKnownRoles() {
    for (Operation operation : secured()) {
      assertFalse(operation.roles().isEmpty(), operation.key());
      assertTrue(Set.of("moderator", "admin").containsAll(operation.roles()), operation.key());
      assertTrue(operation.roles().contains("admin"), operation.key() + " shuts admins out");
    }
  }

  @Test
  void anonymousCallersGet401WithABasicChallenge() {
    for (Operation operation : secured()) {
      Api.problem(call(given(), operation), 401)
          .header("WWW-Authenticate", containsString("Basic"))
          .body("type", equalTo("/problems/unauthorized"));
    }
  }

  @Test
  void aWrongPasswordIs401() {
    String moderator = Api.moderator();
    for (Operation operation : secured()) {
      Api.problem(
          call(given().auth().preemptive().basic(Api.ADMIN, WRONG_PASSWORD), operation), 401);
      Api.problem(
          call(given().auth().preemptive().basic(moderator, WRONG_PASSWORD), operation), 401);
    }
  }

  @Test
  void moderatorsGet403OnAdminOperations() {
    String moderator = Api.moderator();
    List<Operation> adminOnly = secured().stream().filter(Operation::adminOnly).toList();
    assertFalse(adminOnly.isEmpty(), "no admin-only operation found");
    for (Operation operation : adminOnly) {
      Api.problem(call(Api.as(moderator), operation), 403)
          .body("type", equalTo("/problems/forbidden"));
    }
  }

  @Test
  void moderatorsAreLetIntoModerationOperations() {
    String moderator = Api.moderator();
    List<Operation> moderation = secured().stream().filter(o -> !o.adminOnly()).toList();
    assertFalse(moderation.isEmpty(), "no moderator operation found");
    for (Operation operation : moderation) {
      int status = call(Api.as(moderator), operation).extract().statusCode();
      assertTrue(
          status != 401 && status != 403 && status < 500,
          operation.key() + " answered a moderator " + status);
    }
  }

  @Test
  void aDisabledAccountIs401Everywhere() {
    String moderator = Api.moderator();
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("enabled", false))
        .put("/api/v1/admin/users/{u}", moderator)
        .then()
        .statusCode(200);
    for (Operation operation : secured()) {
      Api.problem(call(Api.as(moderator), operation), 401);
    }
  }

  @Test
  void anonymousConsoleVisitorsAreSentToTheLoginPage() {
    List<String> all = new ArrayList<>(CONSOLE);
    all.addAll(CONSOLE_ADMIN);
    for (String route : all) {
      consoleCall(given(), route)
          .then()
          .statusCode(303)
          .header("Location", endsWith("/moderate/login"));
    }
  }

  @Test
  void moderatorsGet403OnAdminConsolePages() {
    String session = signIn(Api.moderator());
    for (String route : CONSOLE_ADMIN) {
      Response answer = consoleCall(given().cookie("quarkus-credential", session), route);
      assertEquals(403, answer.statusCode(), route);
    }
    // The moderator's own pages open, so the 403 above is about the role, not the session.
    assertEquals(
        200,
        consoleCall(given().cookie("quarkus-credential", session), "GET /moderate").statusCode());
  }

  private static Response consoleCall(RequestSpecification spec, String route) {
    String[] parts = route.split(" ", 2);
    spec = spec.redirects().follow(false);
    if (parts[0].equals("POST")) {
      spec = spec.contentType("application/x-www-form-urlencoded").formParam("x", "1");
    }
    return spec.request(parts[0], parts[1]);
  }

  private static String signIn(String username) {
    Response login =
        given()
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded")
            .formParam("j_username", username)
            .formParam("j_password", Api.MODERATOR_PASSWORD)
            .post("/moderate/j_security_check");
    String session = login.getCookie("quarkus-credential");
    assertTrue(login.statusCode() == 302 && session != null, "sign-in failed: " + login.headers());
    return session;
  }
}
