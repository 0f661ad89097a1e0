package org.solidarity.console;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed sign-ins in the console go back to the login page. Authentication is lazy here, so a wrong
 * password (or a disabled account) surfaces as a routing failure that would otherwise become the
 * API's 401 problem document.
 */
@ApplicationScoped
public class ConsoleAuthFailures {

  private final SessionCookies cookies;
  private final String postLocation;

  public ConsoleAuthFailures(
      SessionCookies cookies,
      @ConfigProperty(name = "quarkus.http.auth.form.post-location") String postLocation) {
    this.cookies = cookies;
    this.postLocation = postLocation;
  }

  void install(@Observes Router router) {
    router.route(ConsolePaths.ROOT + "*").order(-150).failureHandler(this::handle);
  }

  void handle(RoutingContext ctx) {
    String path = ctx.normalizedPath();
    if (!ConsolePaths.isConsole(path)
        || !authenticationFailed(ctx.failure())
        || ctx.response().ended()
        || ctx.response().headWritten()) {
      ctx.next();
      return;
    }
    if (cookies.present(ctx)) {
      cookies.end(ctx);
    }
    boolean loginAttempt = path.equals(postLocation);
    ctx.response()
        .setStatusCode(loginAttempt ? 302 : 303)
        .putHeader("Location", ConsolePaths.LOGIN + (loginAttempt ? "?error=true" : ""))
        .putHeader("Cache-Control", "no-store")
        .end();
  }

  private static boolean authenticationFailed(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof AuthenticationFailedException) {
        return true;
      }
    }
    return false;
  }
}
