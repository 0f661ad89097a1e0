package org.solidarity.common;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;

/** Refuses to start in prod with the shipped placeholder secrets or with short ones. */
@ApplicationScoped
public class ProductionSecrets {

  /** Shortest accepted secret: 32 characters, what {@code openssl rand -base64 24} prints. */
  public static final int MIN_LENGTH = 32;

  // Runs before the admin bootstrap, so a misconfigured instance changes nothing in the database.
  void onStart(@Observes @Priority(1) StartupEvent event, SolidarityConfig config) {
    if (LaunchMode.current() != LaunchMode.NORMAL) {
      return;
    }
    String problems = weakOnes(config.cursor().secret(), config.fingerprint().salt());
    if (problems != null) {
      // Quarkus prints a ConfigurationException thrown at start as its bare message: one line.
      throw new ConfigurationException(problems);
    }
  }

  /** The one-line complaint about the given secrets, or null when both are acceptable. */
  public static String weakOnes(String cursorSecret, String fingerprintSalt) {
    List<String> weak = new ArrayList<>();
    if (isWeak(cursorSecret)) {
      weak.add("SOLIDARITY_CURSOR_SECRET");
    }
    if (isWeak(fingerprintSalt)) {
      weak.add("SOLIDARITY_FINGERPRINT_SALT");
    }
    if (weak.isEmpty()) {
      return null;
    }
    return String.join(" and ", weak)
        + (weak.size() == 1 ? " must be" : " must each be")
        + " a random value of at least "
        + MIN_LENGTH
        + " characters, the same on every instance (for example: openssl rand -base64 32)";
  }

  private static boolean isWeak(String secret) {
    // Anyone can read the placeholders in the repository: a signed cursor or a fingerprint made
    // with them protects nothing.
    return secret == null || secret.strip().length() < MIN_LENGTH || secret.startsWith("change-me");
  }
}
