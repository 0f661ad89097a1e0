package org.solidarity.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.solidarity.support.Api;

/** The widget embedded with one script tag on a site of another origin, in headless Chromium. */
@QuarkusTest
class EmbedBrowserTest {

  private static final String XSS =
      "<img src=x onerror=\"alert('img')\"><script>alert('script')</script> still text";

  @TestHTTPResource("/")
  URL service;

  private static HostSite host;
  private static ChromeDriver browser;

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

  private String origin() {
    String url = service.toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Opens a partner page embedding the campaign, waits for the resize, enters the frame. */
  private WebElement openEmbedded(String slug, String attributes) {
    browser.switchTo().defaultContent();
    browser.get(
        host.page(
            "<script src=\""
                + origin()
                + "/embed.js\" data-campaign=\""
                + slug
                + "\" "
                + attributes
                + " async></script>"));
    WebElement frame =
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("iframe")));
    wait(browser).until(d -> !frame.getCssValue("height").equals("420px"));
    browser.switchTo().frame(frame);
    wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("feed")));
    return frame;
  }

  private static WebDriverWait wait(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  /** Message texts, read in one step so that a card removed meanwhile cannot go stale. */
  @SuppressWarnings("unchecked")
  private static List<String> bodies(WebDriver driver) {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return Array.from(document.querySelectorAll('#feed .card .body'),"
                    + " e => e.textContent);");
  }

  @Test
  void embeddedWidgetShowsApprovedMessagesAsTextAndFitsItsContent() {
    String slug = EmbedFixtures.campaign("Solidarity with dock workers");
    Api.approved(slug, "First approved message");
    Api.approved(slug, XSS);
    Api.submitted(slug, "Pending message nobody may see");

    WebElement frame = openEmbedded(slug, "data-lang=\"en\"");

    List<String> bodies = bodies(browser);
    assertEquals(List.of(XSS, "First approved message"), bodies);
    assertTrue(browser.findElements(By.cssSelector("#feed img, #feed script")).isEmpty());
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    assertFalse(browser.getPageSource().contains("Pending message nobody may see"));
    browser.switchTo().defaultContent();
    assertEquals("lazy", frame.getAttribute("loading"));
    assertEquals(
        "Solidarity with dock workers – Messages of solidarity",
        frame.getAttribute("title"),
        "the frame's accessible name comes from the widget");
    int framed = frame.getSize().getHeight();
    browser.switchTo().frame(frame);
    long content =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return Math.ceil(document.documentElement.getBoundingClientRect().height)");
    assertEquals(content, framed, "the iframe takes the height of the widget");
  }

  @Test
  void messageApprovedDuringTheVisitAppearsWithoutReloadAndLeavesWhenUnpublished() {
    String slug = EmbedFixtures.campaign("Live campaign");
    Api.approved(slug, "Already there");
    String pending = Api.submitted(slug, "Approved while you watch");
    openEmbedded(slug, "");
    JavascriptExecutor js = browser;
    js.executeScript("window.sameDocument = true;");
    wait(browser).until(d -> "open".equals(d.findElement(By.id("feed")).getAttribute("data-live")));

    Api.decide(pending, "APPROVE", null).statusCode(200);

    wait(browser).until(d -> bodies(d).contains("Approved while you watch"));
    assertEquals("Approved while you watch", bodies(browser).get(0), "newest first");
    assertEquals(Boolean.TRUE, js.executeScript("return window.sameDocument === true;"));

    Api.decide(pending, "REJECT", "OFF_TOPIC").statusCode(200);

    wait(browser).until(d -> !bodies(d).contains("Approved while you watch"));
    assertEquals(List.of("Already there"), bodies(browser));
  }

  @Test
  void olderMessagesLoadInPlaceAndTheFrameGrows() {
    String slug = EmbedFixtures.campaign("Paged campaign");
    Api.approved(slug, "oldest");
    Api.approved(slug, "middle");
    Api.approved(slug, "newest");
    WebElement frame = openEmbedded(slug, "data-limit=\"2\"");
    JavascriptExecutor js = browser;
    js.executeScript("window.sameDocument = true;");
    browser.switchTo().defaultContent();
    int before = frame.getSize().getHeight();
    browser.switchTo().frame(frame);

    browser.findElement(By.id("more")).click();

    wait(browser).until(d -> bodies(d).size() == 3);
    assertEquals(List.of("newest", "middle", "oldest"), bodies(browser));
    assertTrue(browser.findElements(By.id("more")).isEmpty(), "no more pages");
    assertEquals(Boolean.TRUE, js.executeScript("return window.sameDocument === true;"));
    browser.switchTo().defaultContent();
    wait(browser).until(d -> frame.getSize().getHeight() > before);
  }

  @Test
  void arabicWidgetIsLaidOutRightToLeft() {
    String slug = EmbedFixtures.campaign("تضامن مع المهاجرين");
    EmbedFixtures.approved(slug, "أمل حداد", "جمعية التضامن", "JO", "ar", "من عمّان، نقف معكم.");

    openEmbedded(slug, "data-lang=\"ar\" data-theme=\"dark\"");

    WebElement html = browser.findElement(By.tagName("html"));
    assertEquals("rtl", html.getAttribute("dir"));
    assertEquals("ar", html.getAttribute("lang"));
    assertEquals("rtl", browser.findElement(By.tagName("body")).getCssValue("direction"));
    WebElement avatar = browser.findElement(By.cssSelector(".card .avatar"));
    WebElement who = browser.findElement(By.cssSelector(".card .who"));
    assertTrue(
        avatar.getRect().getX() > who.getRect().getX(), "the avatar sits at the right-hand start");
    assertEquals("رسائل التضامن", browser.findElement(By.cssSelector(".eyebrow")).getText());
  }

  @Test
  void formWorksWithJavaScriptTurnedOff() {
    String slug = EmbedFixtures.campaign("Form without scripts");
    Api.approved(slug, "A published message");
    ChromeDriver noScript = Chromium.start(false);
    try {
      noScript.get(
          host.page(
              "<iframe src=\""
                  + origin()
                  + "/embed/"
                  + slug
                  + "?form=1&lang=en\" title=\"Messages of solidarity\""
                  + " style=\"width:100%;height:1500px;border:0\"></iframe>"));
      noScript.switchTo().frame(noScript.findElement(By.tagName("iframe")));
      WebElement time = noScript.findElement(By.cssSelector("#feed time"));
      assertTrue(time.getText().matches(".*\\d{4}.*"), "server date, no script rewrote it");
      noScript.findElement(By.cssSelector("details.compose-box > summary")).click();
      noScript.findElement(By.id("f-body")).sendKeys("Strength to all of you\nfrom Lisbon");
      noScript.findElement(By.cssSelector("button.send")).click();

      wait(noScript).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
      assertEquals(
          "Strength to all of you\nfrom Lisbon",
          noScript.findElement(By.id("f-body")).getAttribute("value"));
      assertEquals(
          "true", noScript.findElement(By.id("f-authorName")).getAttribute("aria-invalid"));
      noScript.findElement(By.id("f-authorName")).sendKeys("Inês");
      new Select(noScript.findElement(By.id("f-country"))).selectByValue("PT");
      noScript.findElement(By.id("f-consent")).click();
      noScript.findElement(By.cssSelector("button.send")).click();

      WebElement thanks =
          wait(noScript).until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));
      assertTrue(thanks.getText().contains("A moderator reads every message"));
      Api.asAdmin()
          .get("/api/v1/moderation/queue?campaign={slug}&status=PENDING", slug)
          .then()
          .statusCode(200)
          .body("items[0].authorName", org.hamcrest.Matchers.equalTo("Inês"))
          .body(
              "items[0].body",
              org.hamcrest.Matchers.equalTo("Strength to all of you\nfrom Lisbon"));
    } finally {
      noScript.quit();
    }
  }
}
