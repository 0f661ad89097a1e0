package org.solidarity.account;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** A moderator or admin who signs in with a username and a bcrypt-hashed password. */
@Entity
@Table(name = "account")
@UserDefinition
public class Account extends PanacheEntity {

  @Username
  @Column(nullable = false, unique = true, length = 64)
  public String username;

  @Password
  @Column(name = "password_hash", nullable = false, length = 100)
  public String passwordHash;

  @Roles
  @Column(nullable = false, length = 16)
  public String role;

  @Column(nullable = false)
  public boolean enabled;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Version public long version;

  public static Optional<Account> byUsername(String username) {
    return find("username", username).firstResultOptional();
  }

  public static long enabledAdmins() {
    return count("role = ?1 and enabled = true", Role.ADMIN.value());
  }

  /**
   * Counts the enabled admins and locks their rows until the transaction ends: of two concurrent
   * demotions, the second waits, then sees the first one's result instead of a spare admin.
   */
  public static int lockEnabledAdmins() {
    return getEntityManager()
        .createNativeQuery("select id from account where role = 'admin' and enabled for update")
        .getResultList()
        .size();
  }
}
