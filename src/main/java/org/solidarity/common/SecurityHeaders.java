package org.solidarity.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Adds security headers to every response, whoever produced it (REST, templates, static files,
 * Swagger UI, health).
 *
 * <ul>
 *   <li>Every response: {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy:
 *       no-referrer} (links in messages must not tell other sites where a reader came from).
 *   <li>HTML responses: the configured Content-Security-Policy plus a path-based {@code
 *       frame-ancestors}: {@code *} under the frameable prefixes ({@code /embed/} by default, the
 *       widget partner sites embed), {@code 'none'} with {@code X-Frame-Options: DENY} everywhere
 *       else, so the moderation console can never be framed. Tooling pages under {@code /q/}
 *       (Swagger UI) also get inline scripts and styles, which they cannot work without.
 *   <li>Cookies set by the response are marked Secure when {@code
 *       solidarity.security.secure-cookies} is on (prod), because TLS usually ends at a proxy and
 *       the server itself only sees HTTP.
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

  static final String CSP = "Content-Security-Policy";
  private static final String TOOLING = "/q/";
  private static final String TOOLING_EXTRA =
      "; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'";

  private final String policy;
  private final List<String> frameable;
  private final boolean secureCookies;

  public SecurityHeaders(SolidarityConfig config) {
    this.policy = config.security().contentSecurityPolicy().strip();
    this.frameable = config.security().frameablePaths();
    this.secureCookies = config.security().secureCookies();
  }

  void register(@Observes Filters filters) {
    filters.register(
        rc -> {
          rc.addHeadersEndHandler(ignored -> apply(rc));
          rc.next();
        },
        // Before everything else, so that answers produced early (401, 404) are covered too.
        Integer.MAX_VALUE - 10);
  }

  void apply(RoutingContext rc) {
    MultiMap headers = rc.response().headers();
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    String type = headers.get("Content-Type");
    if (type != null && type.regionMatches(true, 0, "text/html", 0, 9)) {
      String path = rc.normalizedPath();
      boolean framed = frameable.stream().anyMatch(path::startsWith);
      String ancestors = "frame-ancestors " + (framed ? "*" : "'none'");
      String existing = headers.get(CSP);
      if (existing == null) {
        String base = path.startsWith(TOOLING) ? policy + TOOLING_EXTRA : policy;
        headers.set(CSP, base + "; " + ancestors);
      } else if (!existing.contains("frame-ancestors")) {
        // A page with its own policy (e.g. with nonces) keeps it, but framing stays our call.
        headers.set(CSP, existing + "; " + ancestors);
      }
      if (!framed) {
        headers.set("X-Frame-Options", "DENY");
      }
    }
    if (secureCookies) {
      for (Cookie cookie : rc.request().cookies()) {
        // Only cookies this response sets; cookies the browser sent must not be echoed back.
        if (cookie instanceof ServerCookie set && set.isChanged() && !cookie.isSecure()) {
          cookie.setSecure(true);
        }
      }
    }
  }
}
