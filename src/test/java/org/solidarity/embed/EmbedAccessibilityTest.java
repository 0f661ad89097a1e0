package org.solidarity.embed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Axe-core finds no serious or critical violation in any state of the widget; screenshots. */
@QuarkusTest
class EmbedAccessibilityTest {

  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  @TestHTTPResource("/")
  URL service;

  private static HostSite host;
  private static ChromeDriver browser;
  private static String slug;

  @BeforeAll
  static void start() {
    Chromium.assumeInstalled();
    host = HostSite.start();
    browser = Chromium.start(true);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (host != null) {
      host.close();
    }
  }

  private String widget(String query) {
    return service.toString().replaceAll("/$", "") + "/embed/" + showcase() + "?" + query;
  }

  /** A campaign that looks like a real one: several languages, scripts and countries. */
  private static synchronized String showcase() {
    if (slug == null) {
      String s = EmbedFixtures.campaign("Solidarity with migrants");
      EmbedFixtures.approved(
          s,
          "Sam Okafor",
          "Lagos Workers Collective",
          "NG",
          "en",
          "Borders should never decide who deserves dignity. Sending strength from Lagos. ✊");
      EmbedFixtures.approved(
          s,
          "Claire Dubois",
          null,
          "FR",
          "fr",
          "Solidarité totale depuis Lyon !\nVos voix comptent.");
      EmbedFixtures.approved(
          s,
          "Jun Santos",
          "Migrante Philippines",
          "PH",
          "tl",
          "Mula sa Maynila, kasama ninyo kami sa laban para sa karapatan ng bawat migrante.");
      EmbedFixtures.approved(
          s,
          "أمل حداد",
          "جمعية التضامن",
          "JO",
          "ar",
          "من عمّان، نقف معكم بكل قوة.\nالتضامن لا يعرف حدودًا.");
      EmbedFixtures.approved(
          s,
          "María José Fernández",
          "Red de Acogida Madrid",
          "ES",
          "es",
          "Desde Madrid, todo nuestro apoyo. Nadie es ilegal.\nSeguimos en la calle con vosotras.");
      slug = s;
    }
    return slug;
  }

  private static void assertAccessible(String state) {
    Results results = new AxeBuilder().analyze(browser);
    List<Rule> blocking =
        results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact())).toList();
    assertTrue(
        blocking.isEmpty(),
        state
            + ": "
            + blocking.stream()
                .map(
                    r ->
                        r.getId()
                            + " ("
                            + r.getImpact()
                            + ") "
                            + r.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
  }

  @Test
  void widgetHasNoSeriousViolationsInAnyThemeOrLanguage() {
    for (String query :
        List.of(
            "lang=en&theme=light",
            "lang=en&theme=dark",
            "lang=ar&theme=dark",
            "lang=fr&theme=light&limit=2")) {
      browser.get(widget(query));
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#feed .card")));
      assertAccessible(query);
    }
  }

  @Test
  void formHasNoSeriousViolationsOpenOrWithErrors() {
    for (String theme : List.of("light", "dark")) {
      browser.get(widget("form=1&lang=es&theme=" + theme));
      browser.findElement(By.cssSelector("details.compose-box > summary")).click();
      assertAccessible("form, " + theme);
      browser.findElement(By.cssSelector("button.send")).click();
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
      assertAccessible("form with errors, " + theme);
      EmbedFixtures.screenshot(browser, "embed-form-errors-" + theme + ".png");
    }
  }

  @Test
  void screenshotsShowTheWidgetAsPartnerSitesSeeIt() throws Exception {
    browser.manage().window().setSize(new Dimension(1000, 2200));
    try {
      Path light = shoot("data-lang=\"en\" data-limit=\"4\" data-form=\"1\"", "embed-light.png");
      Path dark =
          shoot("data-lang=\"ar\" data-theme=\"dark\" data-limit=\"4\"", "embed-ar-dark.png");
      Path form = shoot("data-lang=\"es\" data-limit=\"2\" data-form=\"1\"", "embed-form-es.png");
      browser.manage().window().setSize(new Dimension(400, 2200));
      Path phone = shoot("data-lang=\"fr\" data-limit=\"3\"", "embed-phone-fr.png");
      for (Path file : List.of(light, dark, form, phone)) {
        assertTrue(Files.size(file) > 10_000, file + " is a real picture");
      }
    } finally {
      browser.manage().window().setSize(new Dimension(1000, 1000));
    }
  }

  private Path shoot(String attributes, String name) {
    browser.get(
        host.page(
            "<script src=\""
                + service.toString().replaceAll("/$", "")
                + "/embed.js\" data-campaign=\""
                + showcase()
                + "\" "
                + attributes
                + " async></script>"));
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    WebElement frame =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("iframe")));
    wait.until(d -> !frame.getCssValue("height").equals("420px"));
    if (name.contains("form")) {
      browser.switchTo().frame(frame);
      browser.findElement(By.cssSelector("details.compose-box > summary")).click();
      browser.switchTo().defaultContent();
      wait.until(d -> frame.getSize().getHeight() > 900);
    }
    return EmbedFixtures.screenshot(frame, name);
  }
}
