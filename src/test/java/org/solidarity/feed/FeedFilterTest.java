package org.solidarity.feed;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.feed;
import static org.solidarity.support.Api.invalidField;
import static org.solidarity.support.Api.message;
import static org.solidarity.support.Api.submit;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public feed narrows to one country and/or language on request. */
@QuarkusTest
class FeedFilterTest {

  private String slug;
  private String mxEs;
  private String mxEsMx;
  private String phFil;
  private String phEn;
  private String brPtBr;
  private String frNone;

  private String publish(String country, String language) {
    Map<String, Object> body = message(country + " " + language);
    body.put("country", country);
    if (language == null) {
      body.remove("language");
    } else {
      body.put("language", language);
    }
    // A post-moderated campaign publishes on submission, which keeps this setup cheap.
    return submit(slug, body).statusCode(202).extract().path("id");
  }

  private List<String> ids(Map<String, ?> query) {
    return feed(slug, query).statusCode(200).extract().jsonPath().getList("items.id");
  }

  @BeforeEach
  void publishMessagesInSeveralCountriesAndLanguages() {
    slug = campaign("POST");
    mxEs = publish("MX", "es");
    mxEsMx = publish("MX", "es-MX");
    phFil = publish("PH", "fil");
    phEn = publish("PH", "en");
    brPtBr = publish("BR", "pt-BR");
    frNone = publish("FR", null);
  }

  @Test
  void filtersByCountryInAnyCase() {
    assertThat(ids(Map.of("country", "MX")), contains(mxEsMx, mxEs));
    assertThat(ids(Map.of("country", "ph")), contains(phEn, phFil));
  }

  @Test
  void languageFilterAlsoMatchesRegionalTags() {
    assertThat(ids(Map.of("language", "es")), containsInAnyOrder(mxEs, mxEsMx));
  }

  @Test
  void regionalLanguageFilterMatchesOnlyThatRegion() {
    assertThat(ids(Map.of("language", "es-MX")), contains(mxEsMx));
    assertThat(ids(Map.of("language", "pt-br")), contains(brPtBr));
  }

  @Test
  void combinesCountryAndLanguage() {
    assertThat(ids(Map.of("country", "PH", "language", "fil")), contains(phFil));
  }

  @Test
  void filterWithNoMatchIsAnEmptyPage() {
    assertThat(ids(Map.of("country", "JP")), empty());
    assertThat(ids(Map.of("language", "ar")), empty());
  }

  @Test
  void blankFiltersShowEverything() {
    assertThat(
        ids(Map.of("country", "", "language", " ")),
        contains(frNone, brPtBr, phEn, phFil, mxEsMx, mxEs));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mexico", "M", "1X", "M-"})
  void rejectsMalformedCountryFilter(String country) {
    invalidField(feed(slug, Map.of("country", country)), "country");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a tag", "es_MX", "x"})
  void rejectsMalformedLanguageFilter(String language) {
    invalidField(feed(slug, Map.of("language", language)), "language");
  }
}
