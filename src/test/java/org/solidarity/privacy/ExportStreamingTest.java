package org.solidarity.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;
import org.solidarity.support.Db;

/**
 * A large export is streamed: while the client has read only its first lines, the database cursor
 * is still open and the server holds a small part of the data in memory.
 */
@QuarkusTest
class ExportStreamingTest {

  private static final int ROWS = 60_000;
  private static final int BODY_CHARS = 2_000;

  @Test
  void aLargeCampaignExportsInConstantMemory() throws Exception {
    String slug = Api.campaign();
    long campaignId =
        ((Number) Db.value("select id from campaign where slug = ?", slug)).longValue();
    // Bulk rows through SQL: building 120 MB of messages through the API would take too long.
    Db.update(
        "insert into message (id, campaign_id, author_name, country, language, body, email,"
            + " status, submitted_at, published_at, decided_at, manage_token_hash)"
            + " select gen_random_uuid(), ?, 'Bulk', 'MX', 'es',"
            + " lpad(n::text, ?, 'x'), 'bulk@example.org', 'APPROVED',"
            + " now() - make_interval(secs => ? - n), now() - make_interval(secs => ? - n),"
            + " now() - make_interval(secs => ? - n), md5(n::text)"
            + " from generate_series(1, ?) n",
        campaignId,
        BODY_CHARS,
        ROWS,
        ROWS,
        ROWS,
        ROWS);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();

    HttpURLConnection http =
        (HttpURLConnection)
            URI.create(
                    "http://localhost:"
                        + RestAssured.port
                        + "/api/v1/admin/campaigns/"
                        + slug
                        + "/export?format=ndjson")
                .toURL()
                .openConnection();
    http.setRequestProperty(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    assertEquals(200, http.getResponseCode());
    assertEquals(null, http.getHeaderField("Content-Length"));
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(http.getInputStream(), StandardCharsets.UTF_8))) {
      int lines = 0;
      while (lines < 100) {
        reader.readLine();
        lines++;
      }
      // The client stalls here; the server must wait for it with the cursor still open.
      Thread.sleep(1000);
      assertEquals(
          1,
          Db.count(
              "select count(*) from pg_stat_activity where query like 'select id, country,"
                  + " language, body, published_at from message%'"
                  + " and state in ('active', 'idle in transaction')"));
      System.gc();
      long during = memory.getHeapMemoryUsage().getUsed();
      long exportBytes = (long) ROWS * BODY_CHARS;
      assertTrue(
          during - before < exportBytes / 4,
          "heap grew by "
              + (during - before) / 1_000_000
              + " MB for a "
              + exportBytes / 1_000_000
              + " MB export");
      String line;
      while ((line = reader.readLine()) != null) {
        assertTrue(line.startsWith("{\"id\":\""), line.substring(0, Math.min(40, line.length())));
        lines++;
      }
      assertEquals(ROWS, lines);
    }
  }
}
