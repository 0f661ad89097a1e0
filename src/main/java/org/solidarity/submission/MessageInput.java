package org.solidarity.submission;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** Default for {@code solidarity.limits.max-links}. */
  public static final int DEFAULT_MAX_LINKS = 3;

  /** A link as spammers write them: with a scheme, starting with www., or a domain and a path. */
  private static final Pattern LINK =
      Pattern.compile(
          "(?i)(?:\\b[a-z][a-z0-9+.-]*://|\\bwww\\.|\\b(?:[a-z0-9-]+\\.)+[a-z]{2,}/)\\S*");

  /** Normalises every field and reports all broken rules at once as a 400. */
  public static MessageInput from(SubmissionRequest r) {
    return from(r, DEFAULT_MAX_LINKS);
  }

  /** As {@link #from(SubmissionRequest)}, with at most {@code maxLinks} links in the body. */
  public static MessageInput from(SubmissionRequest r, int maxLinks) {
    List<FieldError> errors = new ArrayList<>();
    String name = singleLine("authorName", r.authorName(), 1, MAX_NAME, errors);
    String organization = singleLine("organization", r.organization(), 0, MAX_ORGANIZATION, errors);
    String country = country(r.country(), errors);
    String language = language(r.language(), errors);
    String body = body(r.body(), errors);
    if (body != null && links(body) > maxLinks) {
      errors.add(new FieldError("body", "must contain at most " + maxLinks + " links"));
    }
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
    if (value.codePoints().anyMatch(Character::isISOControl)) {
      errors.add(new FieldError(field, "must not contain control characters or line breaks"));
      return null;
    }
    if (value.codePoints().anyMatch(MessageInput::unsafe)) {
      errors.add(new FieldError(field, UNSAFE));
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
    boolean badControl =
        value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t');
    if (badControl) {
      errors.add(
          new FieldError("body", "must not contain control characters other than newline and tab"));
      return null;
    }
    if (value.codePoints().anyMatch(MessageInput::unsafe)) {
      errors.add(new FieldError("body", UNSAFE));
      return null;
    }
    int length = value.codePointCount(0, value.length());
    if (length < 1 || length > MAX_BODY) {
      errors.add(new FieldError("body", "must have 1 to " + MAX_BODY + " characters"));
      return null;
    }
    return value;
  }

  private static final String UNSAFE =
      "must be valid Unicode text without bidirectional embedding, override or isolate controls";

  /**
   * Lone surrogates are not text (the database would store them as '?'); bidi embeddings, overrides
   * and isolates let a name or message display differently from what it says. The ordinary
   * direction marks that Arabic and Hebrew writers use (LRM, RLM, ALM) stay allowed.
   */
  private static boolean unsafe(int c) {
    return c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE
        || c >= 0x202A && c <= 0x202E
        || c >= 0x2066 && c <= 0x2069;
  }

  static int links(String body) {
    Matcher matcher = LINK.matcher(body);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
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
