package org.solidarity.common;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/** Refuses to start in prod with missing, placeholder or short secrets. */
@ApplicationScoped
public class ProductionSecrets {

  /** Shortest accepted secret: 32 characters, what {@code openssl rand -base64 24} prints. */
  public static final int MIN_LENGTH = 32;

  // Runs before the admin bootstrap, so a misconfigured instance changes nothing in the database.
  void onStart(@Observes @Priority(1) StartupEvent event, SolidarityConfig config) {
    if (LaunchMode.current() != LaunchMode.NORMAL) {
      return;
    }
    String sessionKey =
        ConfigProvider.getConfig()
            .getOptionalValue("quarkus.http.auth.session.encryption-key", String.class)
            .orElse(null);
    String problems = weakOnes(config.cursor().secret(), config.fingerprint().salt(), sessionKey);
    if (problems != null) {
      // Quarkus prints a ConfigurationException thrown at start as its bare message: one line.
      throw new ConfigurationException(problems);
    }
  }

  /** The one-line complaint about the given secrets, or null when all are acceptable. */
  public static String weakOnes(String cursorSecret, String fingerprintSalt, String sessionKey) {
    List<String> weak = new ArrayList<>();
    if (isWeak(cursorSecret)) {
      weak.add("SOLIDARITY_CURSOR_SECRET");
    }
    if (isWeak(fingerprintSalt)) {
      weak.add("SOLIDARITY_FINGERPRINT_SALT");
    }
    // Without it each instance signs console sessions with a key of its own, and logs that key.
    if (isWeak(sessionKey)) {
      weak.add("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY");
    }
    if (weak.isEmpty()) {
      return null;
    }
    String names =
        weak.size() == 1
            ? weak.get(0)
            : String.join(", ", weak.subList(0, weak.size() - 1))
                + " and "
                + weak.get(weak.size() - 1);
    return names
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
