package org.solidarity.common;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;

/**
 * Cross-origin rules: partner sites may read public data and submit from any origin (no
 * credentials), while the moderation and admin API refuses every cross-origin request.
 */
@ApplicationScoped
public class CrossOriginPolicy {

  static final String ALLOWED_HEADERS =
      "Content-Type, Authorization, Idempotency-Key, If-None-Match, Last-Event-ID";
  static final String EXPOSED_HEADERS = "ETag, Location, Retry-After, Cache-Control";

  void install(@Observes Router router) {
    router.route().order(-200).handler(this::handle);
  }

  void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    String path = request.path();
    String origin = request.getHeader("Origin");
    if (isPublic(path)) {
      if (origin != null) {
        ctx.response()
            .putHeader("Access-Control-Allow-Origin", "*")
            .putHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
      }
      if (request.method() == HttpMethod.OPTIONS
          && request.getHeader("Access-Control-Request-Method") != null) {
        ctx.response()
            .setStatusCode(204)
            .putHeader("Access-Control-Allow-Origin", "*")
            .putHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, DELETE, OPTIONS")
            .putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS)
            .putHeader("Access-Control-Max-Age", "86400")
            .end();
        return;
      }
    } else if (isPrivateApi(path) && origin != null && !sameOrigin(origin, request)) {
      ctx.response()
          .setStatusCode(403)
          .putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
          .end(
              "{\"type\":\""
                  + ProblemType.FORBIDDEN.uri()
                  + "\",\"title\":\""
                  + ProblemType.FORBIDDEN.title()
                  + "\",\"status\":403,\"detail\":\"The moderation and admin API does not answer"
                  + " cross-origin requests\"}");
      return;
    }
    ctx.next();
  }

  static boolean isPublic(String path) {
    return path.startsWith("/api/v1/campaigns/")
        || path.startsWith("/api/v1/messages/")
        || path.equals("/embed.js");
  }

  static boolean isPrivateApi(String path) {
    return path.startsWith("/api/v1/moderation") || path.startsWith("/api/v1/admin");
  }

  private static boolean sameOrigin(String origin, HttpServerRequest request) {
    try {
      URI uri = URI.create(origin);
      String host = request.authority() == null ? null : request.authority().toString();
      if (uri.getHost() == null || host == null) {
        return false;
      }
      String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      return originHost.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
