package org.solidarity.embed;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers of everything under /embed: any site may frame the widget, but nothing else
 * loosens the policy, so no script or style that arrives inside a message can ever run.
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
                  v -> {
                    MultiMap headers = rc.response().headers();
                    headers.set("Content-Security-Policy", CSP);
                    headers.set("X-Content-Type-Options", "nosniff");
                    headers.set("Referrer-Policy", "no-referrer");
                    // Framing by partner sites is the point of the widget.
                    headers.remove("X-Frame-Options");
                  });
              rc.next();
            });
  }
}
