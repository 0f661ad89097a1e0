package org.solidarity.console;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.solidarity.account.Role;

/**
 * Keeps the console to signed-in staff: anonymous visitors are sent to the login page (and back
 * afterwards), moderators get a 403 page on admin pages, and a state change must be a same-origin
 * form post, so that the CSRF token check can never be skipped by another content type.
 */
public class ConsoleGuard {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final IdentityProviderManager providers;
  private final ConsolePages pages;
  private final SessionCookies cookies;

  public ConsoleGuard(
      IdentityProviderManager providers, ConsolePages pages, SessionCookies cookies) {
    this.providers = providers;
    this.pages = pages;
    this.cookies = cookies;
  }

  @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
  public Uni<Response> guard(ContainerRequestContext request, RoutingContext rc) {
    String path = rc.normalizedPath();
    if (!ConsolePaths.isConsole(path) || ConsolePaths.isPublic(path)) {
      return Uni.createFrom().nullItem();
    }
    boolean unsafe = !SAFE.contains(request.getMethod());
    if (unsafe && !sameOrigin(rc.request())) {
      return Uni.createFrom()
          .item(pages.error(null, 403, "Refused", "Changes must come from this console."));
    }
    if (unsafe && !isForm(request.getMediaType())) {
      return Uni.createFrom()
          .item(pages.error(null, 415, "Refused", "Changes must be sent as a form."));
    }
    return QuarkusHttpUser.getSecurityIdentity(rc, providers)
        .onFailure()
        .recoverWithNull()
        .map(identity -> decide(identity, path, unsafe, request, rc));
  }

  private Response decide(
      SecurityIdentity identity,
      String path,
      boolean unsafe,
      ContainerRequestContext request,
      RoutingContext rc) {
    if (identity == null || identity.isAnonymous()) {
      // A disabled account still holds a session cookie: end it so the login page shows.
      if (cookies.present(rc)) {
        cookies.end(rc);
      }
      if (!unsafe && request.getHeaderString("HX-Request") == null) {
        cookies.returnAfterLogin(rc);
      }
      return toLogin(request);
    }
    if (ConsolePaths.isAdmin(path) && !identity.hasRole(Role.ADMIN_ROLE)) {
      return pages.error(
          Chrome.of(identity), 403, "Admins only", "This page is for admins of the service.");
    }
    return null;
  }

  private static Response toLogin(ContainerRequestContext request) {
    if (request.getHeaderString("HX-Request") != null) {
      // htmx follows redirects inside the page; ask it to navigate the whole window instead.
      return Response.noContent().header("HX-Redirect", ConsolePaths.LOGIN).build();
    }
    return Response.seeOther(URI.create(ConsolePaths.LOGIN)).build();
  }

  private static boolean isForm(MediaType type) {
    return type != null
        && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
        && !type.isWildcardType()
        && !type.isWildcardSubtype();
  }

  /** Browsers send Origin on every cross-site post; a missing one is a non-browser client. */
  private static boolean sameOrigin(HttpServerRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    try {
      URI uri = URI.create(origin);
      String host = request.authority() == null ? null : request.authority().toString();
      String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      return host != null && uri.getHost() != null && originHost.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
