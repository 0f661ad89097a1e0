package org.solidarity.embed;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium for browser tests: skipped without it locally, required in CI. */
final class Chromium {

  static final File BINARY = new File("/usr/bin/chromium");
  static final File DRIVER = new File("/usr/bin/chromedriver");

  private Chromium() {}

  /** Skips the calling test class when Chromium is missing, except in CI where it must run. */
  static void assumeInstalled() {
    boolean installed = BINARY.canExecute() && DRIVER.canExecute();
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (!installed && ci) {
      throw new IllegalStateException(
          "CI=true but "
              + BINARY
              + " or "
              + DRIVER
              + " is missing: install chromium and"
              + " chromium-driver");
    }
    Assumptions.assumeTrue(
        installed,
        "Browser tests skipped: install Debian's chromium and chromium-driver to run them");
  }

  /** A fresh browser with its own profile; {@code javascript} false blocks every page script. */
  static ChromeDriver start(boolean javascript) {
    Path profile;
    try {
      profile = Files.createTempDirectory("solidarity-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=en-US",
        "--window-size=1000,1000",
        "--user-data-dir=" + profile);
    if (!javascript) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    // An alert must stay open so that the test can see it, not be dismissed silently.
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }
}
