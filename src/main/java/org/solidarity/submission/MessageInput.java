package org.solidarity.submission;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.solidarity.common.Problem.FieldError;
import org.solidarity.common.ProblemException;
import org.solidarity.common.ProblemType;
import org.solidarity.submission.dto.SubmissionRequest;

/** A submission after trimming, NFC normalisation and the exact field rules. */
public record MessageInput(
    String authorName,
    String organization,
    String country,
    String language,
    String body,
    String email) {

  public static final int MAX_NAME = 80;
  public static final int MAX_ORGANIZATION = 120;
  public static final int MAX_BODY = 2000;
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** Normalises every field and reports all broken rules at once as a 400. */
  public static MessageInput from(SubmissionRequest r) {
    List<FieldError> errors = new ArrayList<>();
    String name = singleLine("authorName", r.authorName(), 1, MAX_NAME, errors);
    String organization = singleLine("organization", r.organization(), 0, MAX_ORGANIZATION, errors);
    String country = country(r.country(), errors);
    String language = language(r.language(), errors);
    String body = body(r.body(), errors);
    String email = r.email() == null || r.email().isBlank() ? null : r.email().strip();
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.VALIDATION, "The message has invalid fields", errors, java.util.Map.of());
    }
    return new MessageInput(name, organization, country, language, body, email);
  }

  /**
   * A body edited by a moderator, held to the same rules as a submitted one; a 400 naming the
   * {@code body} field otherwise.
   */
  public static String bodyOf(String raw) {
    List<FieldError> errors = new ArrayList<>();
    String body = body(raw, errors);
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.VALIDATION, "The edited body is invalid", errors, java.util.Map.of());
    }
    return body;
  }

  private static String singleLine(
      String field, String raw, int min, int max, List<FieldError> errors) {
    if (raw == null) {
      return null;
    }
    String value = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
    if (brokenUnicode(field, value, errors)) {
      return null;
    }
    if (value.codePoints().anyMatch(Character::isISOControl)) {
      errors.add(new FieldError(field, "must not contain control characters or line breaks"));
      return null;
    }
    int length = value.codePointCount(0, value.length());
    if (length < min || length > max) {
      errors.add(
          new FieldError(
              field,
              min > 0
                  ? "must have " + min + " to " + max + " characters"
                  : "must have at most " + max + " characters"));
      return null;
    }
    return value.isEmpty() ? null : value;
  }

  private static String body(String raw, List<FieldError> errors) {
    String value = raw.replace("\r\n", "\n").replace('\r', '\n');
    value = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    if (brokenUnicode("body", value, errors)) {
      return null;
    }
    boolean badControl =
        value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t');
    if (badControl) {
      errors.add(
          new FieldError("body", "must not contain control characters other than newline and tab"));
      return null;
    }
    int length = value.codePointCount(0, value.length());
    if (length < 1 || length > MAX_BODY) {
      errors.add(new FieldError("body", "must have 1 to " + MAX_BODY + " characters"));
      return null;
    }
    return value;
  }

  /**
   * A lone UTF-16 surrogate (legal as a JSON escape) has no UTF-8 form; storing it would silently
   * turn it into "?", so it is refused instead.
   */
  private static boolean brokenUnicode(String field, String value, List<FieldError> errors) {
    if (value.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) {
      errors.add(new FieldError(field, "must be valid Unicode text"));
      return true;
    }
    return false;
  }

  private static String country(String raw, List<FieldError> errors) {
    String value = raw.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(value)) {
      errors.add(new FieldError("country", "must be an ISO 3166-1 alpha-2 code such as MX or PH"));
      return null;
    }
    return value;
  }

  private static String language(String raw, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(raw.strip()).build();
      String tag = locale.toLanguageTag();
      if (locale.getLanguage().isEmpty() || tag.length() > 35) {
        throw new IllformedLocaleException(raw);
      }
      return tag;
    } catch (IllformedLocaleException e) {
      errors.add(new FieldError("language", "must be a BCP 47 language tag such as es or pt-BR"));
      return null;
    }
  }
}
