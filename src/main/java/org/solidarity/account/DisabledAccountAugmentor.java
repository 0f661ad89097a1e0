package org.solidarity.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/** Turns away accounts an admin has disabled, even with the right password. */
@ApplicationScoped
public class DisabledAccountAugmentor implements SecurityIdentityAugmentor {

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()) {
      return Uni.createFrom().item(identity);
    }
    return context.runBlocking(() -> check(identity));
  }

  @ActivateRequestContext
  SecurityIdentity check(SecurityIdentity identity) {
    String name = identity.getPrincipal().getName();
    boolean enabled = Account.byUsername(name).map(account -> account.enabled).orElse(false);
    if (!enabled) {
      throw new AuthenticationFailedException("account disabled");
    }
    return identity;
  }
}
