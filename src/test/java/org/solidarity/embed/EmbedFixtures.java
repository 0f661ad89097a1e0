package org.solidarity.embed;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.solidarity.support.Api;

/** Data and files for the widget's browser tests, made through the public API like all tests. */
final class EmbedFixtures {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private EmbedFixtures() {}

  /** A campaign with a real title, as partner sites would show it. */
  static String campaign(String title) {
    String slug = Api.uniqueSlug("embed");
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("slug", slug, "title", title, "description", "Messages of solidarity"))
        .post("/api/v1/admin/campaigns")
        .then()
        .statusCode(201);
    return slug;
  }

  /** Submits a message with these public fields and returns its id (still pending). */
  static String submitted(
      String slug, String author, String organization, String country, String lang, String body) {
    Map<String, Object> message = new HashMap<>(Api.message(body));
    message.put("authorName", author);
    message.put("organization", organization);
    message.put("country", country);
    message.put("language", lang);
    return Api.submit(slug, message).statusCode(202).extract().path("id");
  }

  static String approved(
      String slug, String author, String organization, String country, String lang, String body) {
    String id = submitted(slug, author, organization, country, lang, body);
    Api.decide(id, "APPROVE", null).statusCode(200);
    return id;
  }

  /** Saves a screenshot under target/screenshots. */
  static Path screenshot(TakesScreenshot source, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name);
      Files.write(file, source.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
