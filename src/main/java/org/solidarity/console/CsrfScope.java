package org.solidarity.console;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keeps the CSRF token check on the console. The token filter treats every form-typed request as a
 * form to verify, wherever it goes; API calls without a body (claims, releases) are often sent with
 * a default form content type by HTTP clients, and there is no form in them to protect. Outside the
 * console such a bodiless request loses its meaningless content type, so it reaches the API exactly
 * as before. Form bodies sent to the API are left alone: the JSON endpoints answer them 415, and no
 * token can make them pass, since the CSRF cookie never leaves {@code /moderate}.
 */
public class CsrfScope {

  @ServerRequestFilter(preMatching = true)
  public void bodilessApiCallsAreNotForms(ContainerRequestContext request) {
    if (ConsolePaths.isConsole(request.getUriInfo().getPath()) || !isForm(request)) {
      return;
    }
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    boolean chunked = request.getHeaderString("Transfer-Encoding") != null;
    boolean empty = !chunked && (length == null || length.strip().equals("0"));
    if (empty) {
      request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
    }
  }

  private static boolean isForm(ContainerRequestContext request) {
    MediaType type;
    try {
      type = request.getMediaType();
    } catch (IllegalArgumentException e) {
      // An unparseable type (e.g. ";;;") is no form; it is refused as such further on, not here.
      return false;
    }
    return type != null
        && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
            || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))
        && !type.isWildcardType();
  }
}
