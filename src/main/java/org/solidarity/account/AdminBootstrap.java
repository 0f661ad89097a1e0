package org.solidarity.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.solidarity.common.SolidarityConfig;
import org.solidarity.common.Times;

/** Creates the first admin from configuration when the database has no enabled admin. */
@ApplicationScoped
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

  @Transactional
  void onStart(@Observes StartupEvent event, SolidarityConfig config) {
    if (Account.enabledAdmins() > 0) {
      return;
    }
    String username = config.admin().username().map(String::trim).orElse("");
    String password = config.admin().password().orElse("");
    boolean prod = LaunchMode.current() == LaunchMode.NORMAL;
    // Quarkus prints a ConfigurationException thrown at start as its bare message: one line each.
    if (username.isEmpty() || password.isEmpty()) {
      throw new ConfigurationException(
          "No admin account exists: set SOLIDARITY_ADMIN_USERNAME and SOLIDARITY_ADMIN_PASSWORD"
              + " (at least "
              + PasswordPolicy.MIN_LENGTH
              + " characters) to create the first one");
    }
    String weakness = PasswordPolicy.weakness(username, password);
    if (prod && weakness != null) {
      throw new ConfigurationException(
          "SOLIDARITY_ADMIN_PASSWORD is too weak for the first admin account: it " + weakness);
    }
    Account existing = Account.byUsername(username).orElse(null);
    Account admin = existing != null ? existing : new Account();
    admin.username = username;
    admin.passwordHash = BcryptUtil.bcryptHash(password);
    admin.role = Role.ADMIN_ROLE;
    admin.enabled = true;
    if (existing == null) {
      admin.createdAt = Times.now();
      admin.persist();
    }
    LOG.infof("Created the first admin account '%s'", username);
  }
}
