package org.solidarity.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Addresses;
import org.solidarity.support.Api;
import org.solidarity.support.BehindProxyProfile;
import org.solidarity.support.Db;

/**
 * The sender's address is never stored and never logged, even with the access log on and requests
 * that fail in every way.
 */
@QuarkusTest
@TestProfile(BehindProxyProfile.class)
class NoRawAddressTest {

  private final List<String> logged = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          String message = record.getMessage();
          if (record.getParameters() != null && message != null) {
            try {
              message = String.format(message, record.getParameters());
            } catch (RuntimeException e) {
              message = message + " " + java.util.Arrays.toString(record.getParameters());
            }
          }
          logged.add(record.getLoggerName() + " " + message + " " + record.getThrown());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    Logger.getLogger("").removeHandler(capture);
  }

  private static RequestSpecification from(String address) {
    return given().header("X-Forwarded-For", address).contentType(ContentType.JSON);
  }

  @Test
  void theSendersAddressAppearsInNoTableAndNoLogLine() throws Exception {
    String address = Addresses.freshIpv4();
    String slug = Api.campaign();
    Map<String, Object> receipt =
        from(address)
            .body(Api.message("Watched closely"))
            .post("/api/v1/campaigns/{slug}/messages", slug)
            .then()
            .statusCode(202)
            .extract()
            .jsonPath()
            .getMap("");
    from(address)
        .header("Idempotency-Key", "k-" + slug)
        .body(Api.message("With a key"))
        .post("/api/v1/campaigns/{slug}/messages", slug)
        .then()
        .statusCode(202);
    for (int i = 0; i < BehindProxyProfile.SUBMISSIONS_PER_SENDER + 1; i++) {
      from(address).body(Api.message("Flood " + i)).post("/api/v1/campaigns/{slug}/messages", slug);
    }
    from(address)
        .body("{\"authorName\": 5")
        .post("/api/v1/campaigns/{slug}/messages", slug)
        .then()
        .statusCode(400);
    from(address).get("/api/v1/campaigns/no-such-campaign/feed").then().statusCode(404);
    from(address)
        .header("Authorization", "Bearer " + receipt.get("manageToken"))
        .delete("/api/v1/messages/{id}", receipt.get("id"))
        .then()
        .statusCode(204);
    from(address).get("/api/v1/moderation/queue").then().statusCode(401);

    // The access log is written when a response ends; give it a moment.
    long deadline = System.currentTimeMillis() + 5000;
    while (logged.stream().noneMatch(line -> line.contains("/api/v1/moderation/queue"))
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(
        logged.stream().anyMatch(line -> line.contains("POST /api/v1/campaigns/" + slug)),
        "the access log is on, so the requests must have been logged: " + logged);
    assertEquals(List.of(), logged.stream().filter(line -> line.contains(address)).toList());
    // Nor the connection's address (here the proxy's): the access log pattern leaves %h out.
    assertEquals(
        List.of(),
        logged.stream()
            .filter(line -> line.contains("\"GET /api/v1/") || line.contains("\"POST /api/v1/"))
            .filter(line -> line.contains("127.0.0.1") || line.contains("0:0:0:0:0:0:0:1"))
            .toList());
    for (Object table :
        Db.column(
            "select table_name from information_schema.tables"
                + " where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
      long rows =
          Db.count(
              "select count(*) from \"" + table + "\" t where t::text like ? or t::text like ?",
              "%" + address + "%",
              "%" + java.util.HexFormat.of().formatHex(address.getBytes()) + "%");
      assertEquals(0, rows, "table " + table + " holds the raw address");
    }
  }
}
