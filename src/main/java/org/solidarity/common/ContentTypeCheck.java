package org.solidarity.common;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses with 415 a Content-Type that is not a media type at all (such as {@code ;;;}), and a body
 * sent without any Content-Type, before anything tries to read them.
 */
public class ContentTypeCheck {

  // Before the console's guard and the CSRF filters, which read the type to tell forms apart.
  @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
  public void refuseUnreadableTypes(ContainerRequestContext request) {
    if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
      // Without a type the JSON reader would take any body as JSON, which the API promises not to.
      if (hasBody(request)) {
        throw unsupported("The request body has no Content-Type; send it as application/json");
      }
      return;
    }
    try {
      request.getMediaType();
    } catch (IllegalArgumentException e) {
      throw unsupported("The Content-Type is not a media type; send application/json");
    }
  }

  private static boolean hasBody(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (request.getHeaderString("Transfer-Encoding") != null) {
      return true;
    }
    return length != null && !length.strip().equals("0");
  }

  private static ProblemException unsupported(String detail) {
    return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail);
  }
}
