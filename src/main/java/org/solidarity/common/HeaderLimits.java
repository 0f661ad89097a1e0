package org.solidarity.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * Answers oversized request headers (431) and request targets (414) with a problem document.
 *
 * <p>The HTTP codec's own limits ({@code quarkus.http.limits.max-header-size} and {@code
 * max-initial-line-length}) are set higher, as a backstop: what the codec refuses gets a bare
 * status line, because it never reaches the application.
 */
@ApplicationScoped
public class HeaderLimits {

  private final SolidarityConfig config;
  private final ObjectMapper json;

  public HeaderLimits(SolidarityConfig config, ObjectMapper json) {
    this.config = config;
    this.json = json;
  }

  void register(@Observes Filters filters) {
    filters.register(this::check, Integer.MAX_VALUE - 20);
  }

  void check(RoutingContext rc) {
    if (rc.request().uri().length() > config.limits().maxUriLength()) {
      refuse(
          rc,
          Problem.of(
              ProblemType.URI_TOO_LONG,
              "The request target is longer than "
                  + config.limits().maxUriLength()
                  + " characters"));
      return;
    }
    long bytes = 0;
    for (Map.Entry<String, String> header : rc.request().headers()) {
      // As on the wire: name, colon, space, value, CRLF.
      bytes += header.getKey().length() + header.getValue().length() + 4L;
    }
    if (bytes > config.limits().maxHeaderBytes()) {
      refuse(
          rc,
          Problem.of(
              ProblemType.HEADERS_TOO_LARGE,
              "The request headers are larger than "
                  + config.limits().maxHeaderBytes()
                  + " bytes"));
      return;
    }
    rc.next();
  }

  private void refuse(RoutingContext rc, Problem problem) {
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      body = "{}";
    }
    rc.response()
        .setStatusCode(problem.status())
        .putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
        // The rest of the request is not worth reading.
        .putHeader("Connection", "close")
        .end(body);
  }
}
