package org.solidarity.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The two roles: moderators decide on messages, admins also manage campaigns and accounts. */
public enum Role {
  MODERATOR,
  ADMIN;

  public static final String MODERATOR_ROLE = "moderator";
  public static final String ADMIN_ROLE = "admin";

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Role of(String value) {
    return Role.valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
