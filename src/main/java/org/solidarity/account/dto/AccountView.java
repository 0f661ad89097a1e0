package org.solidarity.account.dto;

import java.time.Instant;
import org.solidarity.account.Account;

/** An account as admins see it; the password hash never leaves the server. */
public record AccountView(String username, String role, boolean enabled, Instant createdAt) {

  public static AccountView of(Account account) {
    return new AccountView(account.username, account.role, account.enabled, account.createdAt);
  }
}
