package org.solidarity.console;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The signed-in user's page chrome for the current request, with its CSRF token. */
@RequestScoped
public class ConsoleContext {

  private final SecurityIdentity identity;
  private final CsrfTokenParameterProvider csrf;

  public ConsoleContext(SecurityIdentity identity, CsrfTokenParameterProvider csrf) {
    this.identity = identity;
    this.csrf = csrf;
  }

  Chrome chrome(String section, String noticeCode) {
    return Chrome.of(identity)
        .in(section)
        .with(Notice.parse(noticeCode))
        .withCsrf(csrf.getParameterName(), token());
  }

  String user() {
    return identity.getPrincipal().getName();
  }

  boolean admin() {
    return identity.hasRole(org.solidarity.account.Role.ADMIN_ROLE);
  }

  /** Null on pages the token filter does not serve (see quarkus.rest-csrf.create-token-path). */
  private String token() {
    try {
      return csrf.getToken();
    } catch (IllegalStateException e) {
      return null;
    }
  }
}
