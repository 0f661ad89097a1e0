package org.solidarity.console;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.solidarity.support.Api;

/** Realistic submissions in several languages and scripts, for pages that should look lived-in. */
final class SampleMessages {

  private SampleMessages() {}

  /** A campaign with a real-looking title, so screenshots read like the product in use. */
  static String campaign() {
    String slug = Api.uniqueSlug("migrants");
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "slug",
                slug,
                "title",
                "Solidarity with migrants",
                "description",
                "Messages of welcome and support for people on the move."))
        .post("/api/v1/admin/campaigns")
        .then()
        .statusCode(201);
    return slug;
  }

  static List<Map<String, Object>> all() {
    return List.of(
        message(
            "Lucía Fernández",
            "Red de Apoyo Migrante",
            "mx",
            "es",
            "Nadie es ilegal. Desde Oaxaca les mandamos fuerza y un abrazo enorme a todas las"
                + " familias que cruzan fronteras buscando una vida digna."),
        message(
            "سارة أحمد",
            null,
            "jo",
            "ar",
            "نقف معكم في كل خطوة. الكرامة حق للجميع، ولن نترككم وحدكم."),
        message(
            "Samuel Okoye",
            "Lawyers for Asylum",
            "ng",
            "en",
            "Our legal clinic answers questions every Saturday. Details and forms:"
                + " https://example.org/clinic"),
        message(
            "Jean-Baptiste Moreau",
            "Collectif Accueil Lyon",
            "fr",
            "fr",
            "Bienvenue. Vos histoires comptent et vos droits aussi. Nous sommes là."),
        message(
            "Maria Santos",
            "Migrante Pilipinas",
            "ph",
            "tl",
            "Hindi kayo nag-iisa. Kasama ninyo kami sa laban para sa katarungan."),
        message(
            "Олена Коваль",
            "Київ разом",
            "ua",
            "uk",
            "Ми з вами. Кожна людина заслуговує на безпеку і гідність. 🌻"),
        message("נועה לוי", null, "il", "he", "אתם לא לבד. אנחנו עומדים לצידכם, היום ובכל יום."));
  }

  private static Map<String, Object> message(
      String author, String organization, String country, String language, String body) {
    Map<String, Object> m = new HashMap<>();
    m.put("authorName", author);
    if (organization != null) {
      m.put("organization", organization);
    }
    m.put("country", country);
    m.put("language", language);
    m.put("body", body);
    m.put("consent", true);
    return m;
  }
}
