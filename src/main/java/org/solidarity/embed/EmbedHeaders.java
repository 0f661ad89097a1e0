package org.solidarity.embed;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The widget's own Content-Security-Policy, stricter than the service-wide one: any site may frame
 * it, but it loads nothing except its own script and style, so no script or style that arrives
 * inside a message can ever run. The service-wide headers (nosniff, Referrer-Policy) still apply.
 */
@ApplicationScoped
public class EmbedHeaders {

  public static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors *";

  void install(@Observes Router router) {
    router
        .route()
        .pathRegex("/embed(\\.js|/.*)?")
        .order(-1000)
        .handler(
            rc -> {
              rc.addHeadersEndHandler(
                  v -> rc.response().headers().set("Content-Security-Policy", CSP));
              rc.next();
            });
  }
}
