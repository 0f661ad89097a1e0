package org.solidarity.common;

/** The stable catalogue of problem {@code type} URIs the API answers with (RFC 9457). */
public enum ProblemType {
  VALIDATION("validation", "Invalid request", 400),
  MALFORMED_JSON("malformed-json", "Malformed JSON", 400),
  BAD_CURSOR("bad-cursor", "Invalid cursor", 400),
  UNAUTHORIZED("unauthorized", "Authentication required", 401),
  FORBIDDEN("forbidden", "Not allowed", 403),
  NOT_FOUND("not-found", "Not found", 404),
  METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
  NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
  CAMPAIGN_CLOSED("campaign-closed", "Campaign closed", 409),
  STALE_VERSION("stale-version", "Stale version", 409),
  CONFLICT("conflict", "Conflict", 409),
  CLAIMED("claimed", "Claimed by another moderator", 409),
  PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
  FORBIDDEN_TRANSITION("forbidden-transition", "Transition not allowed", 422),
  UNPROCESSABLE("unprocessable", "Request cannot be processed", 422),
  IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key reused", 422),
  URI_TOO_LONG("uri-too-long", "Request target too long", 414),
  TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
  HEADERS_TOO_LARGE("headers-too-large", "Request headers too large", 431),
  INTERNAL("internal", "Internal error", 500),
  UNAVAILABLE("unavailable", "Service temporarily unavailable", 503);

  /** Relative URI reference; each resolves at {@code GET /problems/{slug}}. */
  private final String slug;

  private final String title;
  private final int status;

  ProblemType(String slug, String title, int status) {
    this.slug = slug;
    this.title = title;
    this.status = status;
  }

  public String uri() {
    return "/problems/" + slug;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public int status() {
    return status;
  }
}
