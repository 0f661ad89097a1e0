package org.solidarity.submission;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.invalidField;
import static org.solidarity.support.Api.message;
import static org.solidarity.support.Api.moderatorView;
import static org.solidarity.support.Api.submit;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each field rule of a submission, at and just past its limits. */
@QuarkusTest
class SubmissionValidationTest {

  private static final String EMOJI = "\uD83E\uDD1D"; // 🤝, two UTF-16 units, one character

  private static Map<String, Object> with(String field, Object value) {
    Map<String, Object> body = message("Estamos con ustedes");
    if (value == null) {
      body.remove(field);
    } else {
      body.put(field, value);
    }
    return body;
  }

  @Test
  void acceptsBodyOf2000EmojiCountedAsCharacters() {
    String id =
        submit(campaign(), with("body", EMOJI.repeat(2000))).statusCode(202).extract().path("id");
    moderatorView(id).statusCode(200).body("body.length()", equalTo(4000));
  }

  @Test
  void rejectsBodyOf2001Emoji() {
    invalidField(submit(campaign(), with("body", EMOJI.repeat(2001))), "body");
  }

  @Test
  void acceptsBodyOf2000PlainCharactersAfterTrimming() {
    submit(campaign(), with("body", "   " + "a".repeat(2000) + "\n\n")).statusCode(202);
  }

  @Test
  void rejectsBodyOf2001PlainCharacters() {
    invalidField(submit(campaign(), with("body", "a".repeat(2001))), "body");
  }

  @Test
  void countsBodyLengthAfterNfcComposition() {
    // 2000 decomposed "é" are 4000 code points but 2000 characters once composed.
    submit(campaign(), with("body", "e\u0301".repeat(2000))).statusCode(202);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\t "})
  void rejectsEmptyBody(String body) {
    invalidField(submit(campaign(), with("body", body)), "body");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "bell\u0007", "esc\u001b[31m", "del\u007f", "c1\u0085x"})
  void rejectsControlCharactersInBody(String body) {
    invalidField(submit(campaign(), with("body", body)), "body");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ana\nMaria", "Ana\tMaria", "Ana\u0000"})
  void rejectsLineBreaksAndControlsInAuthorName(String name) {
    invalidField(submit(campaign(), with("authorName", name)), "authorName");
  }

  @Test
  void acceptsAuthorNameOf1And80Characters() {
    submit(campaign(), with("authorName", "A")).statusCode(202);
    submit(campaign(), with("authorName", "n".repeat(80))).statusCode(202);
    submit(campaign(), with("authorName", EMOJI.repeat(80))).statusCode(202);
  }

  @Test
  void rejectsAuthorNameMissingBlankOrOver80() {
    invalidField(submit(campaign(), with("authorName", null)), "authorName");
    invalidField(submit(campaign(), with("authorName", "  ")), "authorName");
    invalidField(submit(campaign(), with("authorName", "n".repeat(81))), "authorName");
  }

  @Test
  void acceptsOrganizationOf120AndRejects121() {
    submit(campaign(), with("organization", "o".repeat(120))).statusCode(202);
    invalidField(submit(campaign(), with("organization", "o".repeat(121))), "organization");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not-an-email", "a@", "@example.org", "a b@example.org", "a\u0000@x.org"})
  void rejectsBadEmail(String email) {
    invalidField(submit(campaign(), with("email", email)), "email");
  }

  @Test
  void rejectsMissingConsent() {
    invalidField(submit(campaign(), with("consent", null)), "consent");
  }

  @Test
  void rejectsConsentFalse() {
    invalidField(submit(campaign(), with("consent", false)), "consent");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "X", "XX", "MEX", "12", "m\u0000"})
  void rejectsCountryThatIsNotIsoAlpha2(String country) {
    invalidField(submit(campaign(), with("country", country)), "country");
  }

  @Test
  void rejectsMissingCountry() {
    invalidField(submit(campaign(), with("country", null)), "country");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a tag", "x-private-only", "e", "es_MX", "12"})
  void rejectsLanguageThatIsNotBcp47(String language) {
    invalidField(submit(campaign(), with("language", language)), "language");
  }

  @Test
  void reportsEveryInvalidFieldAtOnce() {
    Map<String, Object> body = message("");
    body.put("authorName", "");
    body.put("country", "ZZZ");
    invalidField(submit(campaign(), body), "body")
        .body("errors.field", hasItems("body", "authorName", "country"));
  }
}
