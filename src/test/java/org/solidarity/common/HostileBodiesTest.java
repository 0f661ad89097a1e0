package org.solidarity.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.solidarity.support.Hostile;

/** Hostile JSON bodies to every endpoint that reads one: always a 4xx problem, never a 5xx. */
@QuarkusTest
class HostileBodiesTest {

  private static int before;

  /** Every JSON endpoint, with how to reach it. */
  enum Endpoint {
    SUBMIT("POST", f -> "/api/v1/campaigns/" + f.slug + "/messages", false),
    REPORT("POST", f -> "/api/v1/messages/" + f.approvedId + "/reports", false),
    DECIDE("POST", f -> "/api/v1/moderation/messages/" + f.pendingId + "/decision", true),
    BULK("POST", f -> "/api/v1/moderation/decisions", true),
    NEW_CAMPAIGN("POST", f -> "/api/v1/admin/campaigns", true),
    CHANGE_CAMPAIGN("PUT", f -> "/api/v1/admin/campaigns/" + f.slug, true),
    NEW_USER("POST", f -> "/api/v1/admin/users", true),
    CHANGE_USER("PUT", f -> "/api/v1/admin/users/" + f.username, true),
    ERASURE("POST", f -> "/api/v1/admin/erasure", true),
    NEW_WEBHOOK("POST", f -> "/api/v1/admin/campaigns/" + f.hookSlug + "/webhooks", true),
    CHANGE_WEBHOOK(
        "PUT", f -> "/api/v1/admin/campaigns/" + f.hookSlug + "/webhooks/" + f.webhookId, true);

    final String method;
    final Function<HostileFixtures, String> path;
    final boolean staff;

    Endpoint(String method, Function<HostileFixtures, String> path, boolean staff) {
      this.method = method;
      this.path = path;
      this.staff = staff;
    }

    Hostile.Request request() {
      Hostile.Request request = Hostile.request(method, path.apply(HostileFixtures.get()));
      return staff ? request.asAdmin() : request;
    }
  }

  /** Not JSON, or not a JSON object: each fails before any field is looked at. */
  private static final List<byte[]> MALFORMED =
      List.of(
          utf8("{"),
          utf8("{\"authorName\":"),
          utf8("{\"body\":\"unterminated"),
          utf8("{\"zz\":1,}"),
          utf8("{'zz':1}"),
          utf8("{\"zz\" 1}"),
          utf8("nul"),
          utf8("[1,2,3]"),
          utf8("\"just a string\""),
          utf8("/* comment */ {\"zz\":1}"),
          utf8("{\"zz\":NaN}"),
          utf8("{\"zz\":1} trailing garbage"),
          bytes("{\"zz\":\"", new byte[] {(byte) 0xE2, (byte) 0x82}));

  static Stream<Arguments> malformedBodies() {
    List<Arguments> all = new ArrayList<>();
    for (Endpoint endpoint : Endpoint.values()) {
      for (int i = 0; i < MALFORMED.size(); i++) {
        all.add(Arguments.of(endpoint, i));
      }
    }
    return all.stream();
  }

  @BeforeAll
  static void count() {
    before = Hostile.sent();
  }

  @AfterAll
  static void sentEnough() {
    int sent = Hostile.sent() - before;
    assertTrue(sent >= 150, "only " + sent + " hostile bodies were sent");
  }

  @ParameterizedTest(name = "{0} #{1}")
  @MethodSource("malformedBodies")
  void malformedJsonIs400(Endpoint endpoint, int which) {
    endpoint.request().json(MALFORMED.get(which)).refused(400);
  }

  @ParameterizedTest
  @EnumSource(Endpoint.class)
  void anEmptyBodyIs400(Endpoint endpoint) {
    endpoint.request().json(new byte[0]).refused(400);
  }

  @ParameterizedTest
  @EnumSource(Endpoint.class)
  void aMegabyteFieldIs413(Endpoint endpoint) {
    String huge = "{\"body\":\"" + "x".repeat(1_000_000) + "\"}";
    endpoint.request().json(huge).refused(413);
  }

  @ParameterizedTest
  @EnumSource(Endpoint.class)
  void tenThousandNestedArraysAreRefused(Endpoint endpoint) {
    // Unclosed, so it fits under the size limit and the parser has to face the depth.
    endpoint.request().json("[".repeat(10_000)).refused(400);
  }

  @ParameterizedTest
  @ValueSource(ints = {2_000, 5_000})
  void deepButSmallNestingIs400(int depth) {
    String arrays = "{\"body\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    Endpoint.SUBMIT.request().json(arrays).refused(400);
    String objects = "{\"a\":".repeat(depth / 2) + "1" + "}".repeat(depth / 2);
    Endpoint.BULK.request().json(objects).refused(400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"authorName\":[\"Ana\"]",
        "\"authorName\":{\"first\":\"Ana\"}",
        "\"country\":52",
        "\"body\":{\"text\":\"hola\"}",
        "\"body\":[]",
        "\"consent\":\"maybe\"",
        "\"consent\":[true]",
        "\"consent\":{}",
        "\"consent\":1e400",
        "\"email\":[\"a@example.org\"]",
        "\"unknownField\":1",
        "\"authorName\":\"Ana\\u0000\"",
        "\"body\":\"hola\\u0000 mundo\"",
        "\"body\":\"right\\u202Eleft\"",
        "\"authorName\":\"\\u202Egnp.exe\"",
        "\"body\":\"lone \\ud800 surrogate\"",
        "\"authorName\":\"bell\\u0007\"",
        "\"body\":\"escape \\u001b[31m red\"",
        "\"organization\":\"iso\\u2066late\"",
      })
  void aWrongOrUnsafeFieldIs400(String field) {
    String body =
        "{\"authorName\":\"Ana\",\"country\":\"MX\",\"body\":\"hola\",\"consent\":true,"
            + field
            + "}";
    // The last key wins in Jackson, so the hostile value replaces the valid one.
    Endpoint.SUBMIT.request().json(body).refused(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"C328", "FFFE", "EDA080", "F888808080", "00", "E282", "80"})
  void invalidUtf8BytesAre400(String hex) {
    Endpoint.SUBMIT.request().json(withBodyBytes(HexFormat.of().parseHex(hex))).refused(400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"authorName\":123",
        "\"language\":false",
        "\"organization\":1e400",
      })
  void aScalarWhereTextIsExpectedIsReadAsText(String field) {
    // Jackson reads a bare number or boolean as its text; that text then meets the usual rules.
    String body =
        "{\"authorName\":\"Ana\",\"country\":\"MX\",\"body\":\"hola\",\"consent\":true,"
            + field
            + "}";
    Endpoint.SUBMIT.request().json(body).acceptedOrRefused();
  }

  @ParameterizedTest
  @ValueSource(strings = {"C0AF", "E080AF"})
  void overlongUtf8IsNeverA5xx(String hex) {
    // The JSON parser decodes overlong forms leniently into the character they spell ("/").
    Endpoint.SUBMIT.request().json(withBodyBytes(HexFormat.of().parseHex(hex))).acceptedOrRefused();
  }

  private static byte[] withBodyBytes(byte[] bad) {
    return bytes(
        "{\"authorName\":\"Ana\",\"country\":\"MX\",\"consent\":true,\"body\":\"a",
        bad,
        utf8("b\"}"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"action\":\"APPROVE\",\"version\":1e400}",
        "{\"action\":\"APPROVE\",\"version\":18446744073709551616}",
        "{\"action\":\"APPROVE\",\"version\":-1}",
        "{\"action\":\"APPROVE\",\"version\":\"zero\"}",
        "{\"action\":\"APPROVE\",\"version\":[0]}",
        "{\"action\":\"DROP TABLE messages\",\"version\":0}",
        "{\"action\":null,\"version\":0}",
        "{\"action\":\"REJECT\",\"version\":0,\"reason\":\"' OR 1=1 --\"}",
        "{\"action\":\"APPROVE\",\"version\":0,\"body\":\"\\u202Eevil\"}",
      })
  void hostileDecisionsAre4xx(String body) {
    Endpoint.DECIDE.request().json(body).refused();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"action\":\"APPROVE\",\"items\":\"all\"}",
        "{\"action\":\"APPROVE\",\"items\":[]}",
        "{\"action\":\"APPROVE\",\"items\":[{\"id\":\"x\",\"version\":1e400}]}",
        "{\"action\":\"APPROVE\",\"items\":[{\"id\":\"x\",\"version\":18446744073709551616}]}",
        "{\"action\":\"APPROVE\",\"items\":[[[[]]]]}",
        "{\"action\":\"NUKE\",\"items\":[{\"id\":\"x\",\"version\":0}]}",
      })
  void hostileBulkDecisionsAre400(String body) {
    Endpoint.BULK.request().json(body).refused(400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"slug\":\"../../etc/passwd\",\"title\":\"T\"}",
        "{\"slug\":\"a%00b\",\"title\":\"T\"}",
        "{\"slug\":\"x'; DROP TABLE campaigns; --\",\"title\":\"T\"}",
        "{\"slug\":\"<script>\",\"title\":\"T\"}",
        "{\"slug\":\"ok-slug\",\"title\":\"T\\u0000\"}",
        "{\"slug\":\"ok-slug\",\"title\":\"T\",\"status\":\"DELETED\"}",
        "{\"slug\":\"ok-slug\",\"title\":\"T\",\"blockedTerms\":\"all\"}",
      })
  void hostileCampaignsAre400(String body) {
    Endpoint.NEW_CAMPAIGN.request().json(body).refused(400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"username\":\"../admin\",\"password\":\"Long-enough-42\",\"role\":\"moderator\"}",
        "{\"username\":\"x' OR '1'='1\",\"password\":\"Long-enough-42\",\"role\":\"moderator\"}",
        "{\"username\":\"root\",\"password\":\"Long-enough-42\",\"role\":\"superuser\"}",
        "{\"username\":\"root\",\"password\":\"Long-enough-42\",\"role\":[\"admin\"]}",
        "{\"username\":\"nul\\u0000l\",\"password\":\"Long-enough-42\",\"role\":\"moderator\"}",
      })
  void hostileAccountsAre400(String body) {
    Endpoint.NEW_USER.request().json(body).refused(400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"url\":\"javascript:alert(1)\"}",
        "{\"url\":\"file:///etc/passwd\"}",
        "{\"url\":\"https://example.org/\\u0000\"}",
        "{\"url\":\"https://example.org/\",\"events\":[\"' OR 1=1\"]}",
        "{\"url\":\"https://example.org/\",\"secret\":\"short\"}",
        "{\"url\":\"https://example.org/\",\"enabled\":\"sometimes\"}",
      })
  void hostileWebhooksAre400(String body) {
    Endpoint.NEW_WEBHOOK.request().json(body).refused(400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"email\":\"' OR 1=1 --\"}",
        "{\"email\":\"%\"}",
        "{\"email\":\"a@example.org\\u0000\"}",
        "{\"email\":[\"a@example.org\"]}",
        "{\"reason\":\"x\"}",
      })
  void hostileErasuresAre400(String body) {
    Endpoint.ERASURE.request().json(body).refused(400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"reason\":\"\\u0000\"}",
        "{\"reason\":\"bell\\u0007\"}",
        "{\"reason\":null}",
      })
  void hostileReportsAre400(String body) {
    Endpoint.REPORT.request().json(body).refused(400);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String prefix, byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(prefix));
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
