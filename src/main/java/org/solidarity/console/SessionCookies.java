package org.solidarity.console;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Ends a console session and remembers where to return after signing in. */
@ApplicationScoped
public class SessionCookies {

  private final String sessionCookie;
  private final String locationCookie;
  private final String path;

  public SessionCookies(
      @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie,
      @ConfigProperty(name = "quarkus.http.auth.form.location-cookie") String locationCookie,
      @ConfigProperty(name = "quarkus.http.auth.form.cookie-path") String path) {
    this.sessionCookie = sessionCookie;
    this.locationCookie = locationCookie;
    this.path = path;
  }

  /** Expires the session cookie; the session is stateless, so this is the whole logout. */
  void end(RoutingContext rc) {
    rc.response().addCookie(base(rc, sessionCookie, "").setMaxAge(0));
  }

  boolean present(RoutingContext rc) {
    return rc.request().getCookie(sessionCookie) != null;
  }

  /** The form login sends the user back to this address after a successful sign-in. */
  void returnAfterLogin(RoutingContext rc) {
    rc.response().addCookie(base(rc, locationCookie, rc.request().absoluteURI()));
  }

  private Cookie base(RoutingContext rc, String name, String value) {
    return Cookie.cookie(name, value)
        .setPath(path)
        .setHttpOnly(true)
        .setSameSite(CookieSameSite.STRICT)
        .setSecure(rc.request().isSSL());
  }
}
