package org.solidarity.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.solidarity.account.dto.AccountUpdate;
import org.solidarity.account.dto.AccountView;
import org.solidarity.account.dto.NewAccount;
import org.solidarity.common.ProblemException;
import org.solidarity.common.ProblemType;
import org.solidarity.common.Times;
import org.solidarity.common.UniqueKeys;

/** Rules for moderator and admin accounts: unique names, strong passwords, one admin at least. */
@ApplicationScoped
public class AccountService {

  @Transactional
  public AccountView create(NewAccount request) {
    String username = request.username().trim();
    String taken = "An account named '" + username + "' exists";
    if (Account.byUsername(username).isPresent()) {
      throw new ProblemException(ProblemType.CONFLICT, taken);
    }
    PasswordPolicy.check("password", username, request.password());
    Account account = new Account();
    account.username = username;
    account.passwordHash = BcryptUtil.bcryptHash(request.password());
    account.role = request.role().value();
    account.enabled = true;
    account.createdAt = Times.now();
    account.persist();
    UniqueKeys.flushOrConflict(taken);
    return AccountView.of(account);
  }

  public List<AccountView> list() {
    return Account.<Account>listAll(io.quarkus.panache.common.Sort.by("username")).stream()
        .map(AccountView::of)
        .toList();
  }

  public AccountView get(String username) {
    return AccountView.of(find(username));
  }

  @Transactional
  public AccountView update(String username, AccountUpdate request) {
    Account account = find(username);
    boolean losesAdmin =
        Role.ADMIN_ROLE.equals(account.role)
            && account.enabled
            && (Boolean.FALSE.equals(request.enabled())
                || (request.role() != null && request.role() != Role.ADMIN));
    if (losesAdmin && Account.lockEnabledAdmins() <= 1) {
      throw new ProblemException(
          ProblemType.CONFLICT, "The last enabled admin cannot be disabled or demoted");
    }
    if (request.enabled() != null) {
      account.enabled = request.enabled();
    }
    if (request.role() != null) {
      account.role = request.role().value();
    }
    if (request.password() != null) {
      PasswordPolicy.check("password", account.username, request.password());
      account.passwordHash = BcryptUtil.bcryptHash(request.password());
    }
    return AccountView.of(account);
  }

  private static Account find(String username) {
    return Account.byUsername(username)
        .orElseThrow(() -> ProblemException.notFound("Account '" + username + "'"));
  }
}
