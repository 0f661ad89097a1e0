package org.solidarity.console;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The console's sign-in page and sign-out; the credentials post itself is Quarkus form login. */
@Path(ConsolePaths.ROOT)
public class LoginResource {

  private final ConsolePages pages;
  private final SessionCookies cookies;
  private final SecurityIdentity identity;

  public LoginResource(ConsolePages pages, SessionCookies cookies, SecurityIdentity identity) {
    this.pages = pages;
    this.cookies = cookies;
    this.identity = identity;
  }

  @GET
  @Path("/login")
  public Response login(
      @QueryParam("error") String error, @QueryParam("notice") String notice, RoutingContext rc) {
    if (signedIn(rc)) {
      return ConsolePages.redirect(ConsolePaths.ROOT);
    }
    return pages.page(Views.login(Chrome.anonymous(Notice.parse(notice)), error != null));
  }

  @POST
  @Path("/logout")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response logout(RoutingContext rc) {
    cookies.end(rc);
    return ConsolePages.redirect(ConsolePaths.LOGIN + "?notice=" + Notice.SIGNED_OUT.code());
  }

  private boolean signedIn(RoutingContext rc) {
    try {
      return !identity.isAnonymous();
    } catch (AuthenticationFailedException e) {
      // A session of an account disabled since: drop it and show the form.
      cookies.end(rc);
      return false;
    }
  }
}
