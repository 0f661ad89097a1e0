package org.solidarity.embed;

import org.jboss.resteasy.reactive.RestForm;
import org.solidarity.submission.dto.SubmissionRequest;

/** The widget's submission form as posted; it is also what the form shows again after errors. */
public class EmbedForm {

  @RestForm public String authorName;
  @RestForm public String organization;
  @RestForm public String country;
  @RestForm public String language;
  @RestForm public String body;
  @RestForm public String email;
  @RestForm public String consent;

  /** The honeypot: people never see this field, so a value in it means a bot filled the form. */
  @RestForm public String website;

  /** An empty form that suggests the widget's language as the message's language. */
  static EmbedForm empty(String language) {
    EmbedForm form = new EmbedForm();
    form.language = language;
    return form;
  }

  public boolean consentGiven() {
    return consent != null && !consent.isBlank();
  }

  /** The same request the JSON API receives, honeypot included, so every rule applies. */
  SubmissionRequest toRequest() {
    return new SubmissionRequest(
        nullToEmpty(authorName),
        blankToNull(organization),
        nullToEmpty(country),
        blankToNull(language),
        nullToEmpty(body),
        blankToNull(email),
        consentGiven(),
        website);
  }

  /** A field missing from the post is treated like an empty one, and gets the same message. */
  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
