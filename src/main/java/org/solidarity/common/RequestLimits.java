package org.solidarity.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses oversized API bodies up front, before anything reads them. */
public class RequestLimits {

  private final SolidarityConfig config;

  public RequestLimits(SolidarityConfig config) {
    this.config = config;
  }

  @ServerRequestFilter(preMatching = true)
  public void limitBody(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length == null) {
      return;
    }
    long bytes;
    try {
      bytes = Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      throw new ProblemException(ProblemType.VALIDATION, "Content-Length is not a number");
    }
    int max = config.limits().maxBodyBytes();
    if (bytes > max) {
      throw new ProblemException(
          ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + max + " bytes");
    }
  }
}
