package org.solidarity.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.solidarity.account.AccountService;
import org.solidarity.account.Role;
import org.solidarity.account.dto.AccountUpdate;
import org.solidarity.account.dto.NewAccount;
import org.solidarity.common.ProblemException;

/** Admin pages of the console for accounts: create moderators and admins, change roles, disable. */
@Path(ConsolePaths.ADMIN + "/users")
@RolesAllowed(Role.ADMIN_ROLE)
public class ConsoleUsersResource {

  private static final String HERE = ConsolePaths.ADMIN + "/users";

  private final AccountService accounts;
  private final ConsoleContext context;
  private final ConsolePages pages;
  private final FormCheck forms;

  public ConsoleUsersResource(
      AccountService accounts, ConsoleContext context, ConsolePages pages, FormCheck forms) {
    this.accounts = accounts;
    this.context = context;
    this.pages = pages;
    this.forms = forms;
  }

  @GET
  public Response list(@QueryParam("notice") String notice) {
    return pages.page(
        Views.adminUsers(context.chrome("users", notice), accounts.list(), null, "", "moderator"));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(
      @FormParam("username") String username,
      @FormParam("password") String password,
      @FormParam("role") String role) {
    String name = username == null ? "" : username.strip();
    try {
      accounts.create(forms.valid(new NewAccount(name, password, role(role))));
      return ConsolePages.redirect(HERE + "?notice=" + Notice.CREATED.code());
    } catch (ProblemException e) {
      return pages.page(
          e.type().status(),
          Views.adminUsers(
              context.chrome("users", null),
              accounts.list(),
              FormCheck.errorsOf(e),
              name,
              role == null ? "moderator" : role));
    }
  }

  @POST
  @Path("/update")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response update(
      @FormParam("username") String username,
      @FormParam("role") String role,
      @FormParam("enabled") String enabled) {
    try {
      Boolean enable = enabled == null || enabled.isBlank() ? null : Boolean.valueOf(enabled);
      Role newRole = role == null || role.isBlank() ? null : role(role);
      accounts.update(username == null ? "" : username, new AccountUpdate(enable, newRole, null));
      return ConsolePages.redirect(HERE + "?notice=" + Notice.SAVED.code());
    } catch (ProblemException e) {
      return pages.page(
          e.type().status(),
          Views.adminUsers(
              context.chrome("users", null),
              accounts.list(),
              FormCheck.errorsOf(e),
              "",
              "moderator"));
    }
  }

  @ServerExceptionMapper
  public Response unexpected(ProblemException e) {
    return pages.problem(context, e);
  }

  private static Role role(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Role.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
