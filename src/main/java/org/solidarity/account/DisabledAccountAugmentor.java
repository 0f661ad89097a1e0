package org.solidarity.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/**
 * Turns away accounts an admin has disabled, even with the right password, and checks sign-ins
 * answered from the {@link CredentialCache} against the account as it is now.
 */
@ApplicationScoped
public class DisabledAccountAugmentor implements SecurityIdentityAugmentor {

  private final CredentialCache credentials;

  public DisabledAccountAugmentor(CredentialCache credentials) {
    this.credentials = credentials;
  }

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
    Account account = Account.byUsername(name).orElse(null);
    if (account == null || !account.enabled) {
      credentials.forget(name);
      throw new AuthenticationFailedException("account disabled");
    }
    String verifiedHash = identity.getAttribute(CredentialCache.VERIFIED_HASH);
    if (verifiedHash == null) {
      // Just verified with bcrypt against the stored hash.
      credentials.remember(
          name, identity.getCredential(PasswordCredential.class), account.passwordHash);
      return identity;
    }
    if (!verifiedHash.equals(account.passwordHash)) {
      credentials.forget(name);
      throw new AuthenticationFailedException("password changed");
    }
    credentials.refreshIfDue(
        name, identity.getCredential(PasswordCredential.class), account.passwordHash);
    return QuarkusSecurityIdentity.builder(identity).addRole(account.role).build();
  }
}
