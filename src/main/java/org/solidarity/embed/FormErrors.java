package org.solidarity.embed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.solidarity.common.Problem.FieldError;

/** Localised errors of the submission form, one per field, in the order the form shows them. */
public record FormErrors(
    String authorName,
    String organization,
    String country,
    String language,
    String body,
    String email,
    String consent) {

  static final FormErrors NONE = new FormErrors(null, null, null, null, null, null, null);

  static FormErrors of(Collection<FieldError> errors, EmbedMessages text) {
    List<String> fields = errors.stream().map(FieldError::field).toList();
    return new FormErrors(
        fields.contains("authorName") ? text.errorAuthorName() : null,
        fields.contains("organization") ? text.errorOrganization() : null,
        fields.contains("country") ? text.errorCountry() : null,
        fields.contains("language") ? text.errorLanguage() : null,
        fields.contains("body") ? text.errorBody() : null,
        fields.contains("email") ? text.errorEmail() : null,
        fields.contains("consent") ? text.errorConsent() : null);
  }

  public boolean any() {
    return !list().isEmpty();
  }

  /** The errors with the id of the field each belongs to, for the summary's links. */
  public List<Link> list() {
    List<Link> links = new ArrayList<>();
    add(links, "authorName", authorName);
    add(links, "organization", organization);
    add(links, "country", country);
    add(links, "language", language);
    add(links, "body", body);
    add(links, "email", email);
    add(links, "consent", consent);
    return links;
  }

  private static void add(List<Link> links, String field, String message) {
    if (message != null) {
      links.add(new Link("f-" + field, message));
    }
  }

  /** A link from the error summary to the field in error. */
  public record Link(String target, String message) {}
}
