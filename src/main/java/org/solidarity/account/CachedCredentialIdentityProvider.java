package org.solidarity.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a username and password from the {@link CredentialCache} before the database provider
 * runs; a miss (null) hands the request on to the bcrypt check against the account table.
 */
@ApplicationScoped
public class CachedCredentialIdentityProvider
    implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

  private final CredentialCache cache;

  public CachedCredentialIdentityProvider(CredentialCache cache) {
    this.cache = cache;
  }

  @Override
  public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
    return UsernamePasswordAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
    return Uni.createFrom().item(cache.lookup(request.getUsername(), request.getPassword()));
  }

  @Override
  public int priority() {
    // Before the account-table provider (default priority 1001).
    return 2000;
  }
}
