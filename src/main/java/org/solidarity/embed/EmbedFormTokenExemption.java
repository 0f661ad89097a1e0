package org.solidarity.embed;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exempts the widget's public submission form from the console's CSRF token check.
 *
 * <p>The form has no session or credentials to abuse, and inside a partner site's iframe no
 * first-party cookie can reach it, so a double-submit token cannot work there. The token filter
 * cannot be limited to paths, so this handler pairs a fresh random token as both the cookie and the
 * header of such requests before the filter sees them; every other form post is still checked.
 */
@ApplicationScoped
public class EmbedFormTokenExemption {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String cookieName;
  private final String headerName;
  private final int tokenSize;

  public EmbedFormTokenExemption(
      @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
          String cookieName,
      @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
          String headerName,
      @ConfigProperty(name = "quarkus.rest-csrf.token-size", defaultValue = "16") int tokenSize) {
    this.cookieName = cookieName;
    this.headerName = headerName;
    this.tokenSize = tokenSize;
  }

  void install(@Observes Router router) {
    router.route().order(-150).handler(this::handle);
  }

  void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    String path = request.path();
    if (request.method() == HttpMethod.POST
        && path.startsWith("/embed/")
        && path.endsWith("/messages")) {
      byte[] bytes = new byte[tokenSize];
      RANDOM.nextBytes(bytes);
      String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      request.headers().remove(headerName).add(headerName, token);
      String cookies = request.getHeader("Cookie");
      String pair = cookieName + "=" + token;
      request
          .headers()
          .set("Cookie", cookies == null || cookies.isBlank() ? pair : cookies + "; " + pair);
    }
    ctx.next();
  }
}
