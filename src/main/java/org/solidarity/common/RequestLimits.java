package org.solidarity.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses oversized bodies (API and forms each have their limit) and NUL characters in the address
 * up front, before anything reads them.
 */
public class RequestLimits {

  private final SolidarityConfig config;

  public RequestLimits(SolidarityConfig config) {
    this.config = config;
  }

  @ServerRequestFilter(preMatching = true)
  public void limitBody(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length == null) {
      // Chunked bodies have no length up front; BodyLimit counts their bytes while they are read.
      return;
    }
    long bytes;
    try {
      bytes = Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      throw new ProblemException(ProblemType.VALIDATION, "Content-Length is not a number");
    }
    int max = maxBytes(request);
    if (bytes > max) {
      throw tooLarge(max);
    }
  }

  /**
   * PostgreSQL cannot store a NUL character and no slug, id, cursor or filter contains one, so a
   * NUL anywhere in the decoded path or query is refused here rather than failing deep inside.
   */
  @ServerRequestFilter(preMatching = true)
  public void refuseNul(ContainerRequestContext request) {
    boolean nul;
    try {
      nul = request.getUriInfo().getPath(true).indexOf('\0') >= 0;
      for (Map.Entry<String, List<String>> parameter :
          request.getUriInfo().getQueryParameters(true).entrySet()) {
        nul |= parameter.getKey().indexOf('\0') >= 0;
        for (String value : parameter.getValue()) {
          nul |= value.indexOf('\0') >= 0;
        }
      }
    } catch (IllegalArgumentException e) {
      throw new ProblemException(ProblemType.VALIDATION, "The address is not correctly encoded");
    }
    if (nul) {
      throw new ProblemException(
          ProblemType.VALIDATION, "The address must not contain NUL characters");
    }
  }

  private int maxBytes(ContainerRequestContext request) {
    MediaType type;
    try {
      type = request.getMediaType();
    } catch (IllegalArgumentException e) {
      // ContentTypeCheck has already answered 415 to a type that does not parse.
      type = null;
    }
    return maxBytes(config.limits(), type);
  }

  /** The body limit for this media type: forms get more room, they spell characters out. */
  static int maxBytes(SolidarityConfig.Limits limits, MediaType type) {
    return type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
        ? limits.maxFormBytes()
        : limits.maxBodyBytes();
  }

  static ProblemException tooLarge(int max) {
    return new ProblemException(
        ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + max + " bytes");
  }
}
