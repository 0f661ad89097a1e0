package org.solidarity.account;

import java.util.Locale;
import java.util.Set;
import org.solidarity.common.ProblemException;

/** Refuses passwords that are short, equal to the username, or among the most guessed. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;

  private static final Set<String> COMMON =
      Set.of(
          "password",
          "password1",
          "password123",
          "1234567890",
          "12345678910",
          "qwertyuiop",
          "administrator",
          "changeme123",
          "letmein1234",
          "solidarity",
          "solidarity1",
          "iloveyou123",
          "admin12345",
          "welcome123");

  private PasswordPolicy() {}

  /** Null when acceptable, otherwise the reason. */
  public static String weakness(String username, String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return "must have at least " + MIN_LENGTH + " characters";
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
      return "must not contain the username";
    }
    if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
      return "is too easy to guess";
    }
    return null;
  }

  public static void check(String field, String username, String password) {
    String weakness = weakness(username, password);
    if (weakness != null) {
      throw ProblemException.invalid(field, weakness);
    }
  }
}
