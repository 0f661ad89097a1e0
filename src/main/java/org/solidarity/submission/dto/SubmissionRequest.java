package org.solidarity.submission.dto;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/v1/campaigns/{slug}/messages}. The size caps here only stop absurd input
 * early; exact limits apply after trimming and normalisation in {@code MessageInput}. {@code
 * website} is a honeypot: people never see the field, bots fill it in.
 */
public record SubmissionRequest(
    @NotNull @Size(max = 400) String authorName,
    @Size(max = 600) String organization,
    @NotNull @Size(max = 16) String country,
    @Size(max = 64) String language,
    @NotNull @Size(max = 8000) String body,
    @Email @Size(max = 254) String email,
    @NotNull(message = "must be true: the author agrees that the message may be published")
        @AssertTrue(message = "must be true: the author agrees that the message may be published")
        Boolean consent,
    @Schema(description = "Leave empty; forms hide it from people") @Size(max = 200)
        String website) {

  /** A request without the honeypot field, for callers that build requests themselves. */
  public SubmissionRequest(
      String authorName,
      String organization,
      String country,
      String language,
      String body,
      String email,
      Boolean consent) {
    this(authorName, organization, country, language, body, email, consent, null);
  }

  /** True when the hidden field was filled in, which people do not do. */
  public boolean honeypotFilled() {
    return website != null && !website.isBlank();
  }
}
