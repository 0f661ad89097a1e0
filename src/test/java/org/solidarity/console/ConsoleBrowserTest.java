package org.solidarity.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.solidarity.support.Api;

@QuarkusTest
class ConsoleBrowserTest {

  private static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() {
    driver = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void signedOut() {
    driver.get(url("/moderate/login"));
    driver.manage().deleteAllCookies();
  }

  private static String url(String path) {
    return "http://localhost:" + RestAssured.port + path;
  }

  private static void signIn(String username, String password) {
    driver.get(url("/moderate"));
    Browser.until(driver, ExpectedConditions.urlContains("/moderate/login"));
    driver.findElement(By.id("j_username")).sendKeys(username);
    driver.findElement(By.id("j_password")).sendKeys(password);
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    Browser.until(driver, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".who")));
  }

  private static void press(String key) {
    new Actions(driver).sendKeys(key).perform();
  }

  private static void waitForStatus(String text) {
    Browser.until(
        driver, ExpectedConditions.textToBePresentInElementLocated(By.id("status"), text));
  }

  private static String messageText() {
    // Read the text inside the wait: the panel may be re-rendered between finding and reading.
    return Browser.until(
        driver,
        d -> {
          WebElement body = d.findElement(By.cssSelector("[data-message-body]"));
          return body.isDisplayed() ? body.getText() : null;
        });
  }

  @Test
  void moderatorClaimsApprovesWithTheKeyboardAndRejectsWithAReason() {
    String slug = Api.campaign();
    String approved = Api.submitted(slug, "Approve me from the keyboard");
    String rejected = Api.submitted(slug, "Reject me with a reason");
    signIn(Api.moderator(), Api.MODERATOR_PASSWORD);

    new Select(driver.findElement(By.id("claim-campaign"))).selectByValue(slug);
    driver.findElement(By.cssSelector("[data-shortcut=claim]")).click();
    Browser.until(driver, d -> messageText().equals("Approve me from the keyboard"));

    press("a");
    waitForStatus("Approved: the message is published.");
    Browser.until(driver, d -> messageText().equals("Reject me with a reason"));
    Browser.screenshot(driver, "console-message.png");

    press("r");
    WebElement reason = driver.switchTo().activeElement();
    assertThat(reason.getAttribute("id")).isEqualTo("reject-reason");
    new Select(reason).selectByValue("ABUSIVE");
    driver.findElement(By.cssSelector(".reject-box button[type=submit]")).click();
    waitForStatus("Rejected.");

    List<String> feed =
        RestAssured.get("/api/v1/campaigns/{slug}/feed", slug)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertThat(feed).containsExactly(approved).doesNotContain(rejected);
    Api.asAdmin()
        .get("/api/v1/moderation/messages/{id}/history", rejected)
        .then()
        .statusCode(200)
        .body("[0].reason", org.hamcrest.Matchers.equalTo("ABUSIVE"));
  }

  @Test
  void keyboardMovesThroughTheQueueSelectsAndShowsItsHelp() {
    String slug = Api.campaign();
    Api.submitted(slug, "First in the queue");
    Api.submitted(slug, "Second in the queue");
    signIn(Api.moderator(), Api.MODERATOR_PASSWORD);
    driver.get(url("/moderate?campaign=" + slug));
    Browser.until(
        driver, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".queue-item")));

    press("j");
    press("j");
    WebElement current = driver.findElement(By.cssSelector(".queue-item.is-current"));
    assertThat(current.getText()).contains("Second in the queue");
    press("x");
    assertThat(current.findElement(By.cssSelector("[data-select]")).isSelected()).isTrue();
    assertThat(driver.findElement(By.cssSelector("[data-selected-count]")).getText())
        .isEqualTo("1 selected");

    press("?");
    assertThat(driver.findElement(By.id("shortcuts")).getAttribute("open")).isNotNull();
    assertThat(driver.findElement(By.cssSelector("#shortcuts dl")).isDisplayed()).isTrue();
    press("?");
    press("k");
    press("o");
    Browser.until(driver, d -> messageText().equals("First in the queue"));
    press("j");
    Browser.until(driver, d -> messageText().equals("Second in the queue"));
  }

  @Test
  void messageWithScriptPayloadShowsAsTextAndOpensNoDialog() {
    String payload = "<img src=x onerror=alert(1)><script>alert(2)</script> hello";
    String slug = Api.campaign();
    String id = Api.submitted(slug, payload);
    signIn(Api.moderator(), Api.MODERATOR_PASSWORD);

    driver.get(url("/moderate?campaign=" + slug));
    WebElement excerpt =
        Browser.until(
            driver, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".excerpt")));
    assertThat(excerpt.getText()).isEqualTo(payload);
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

    driver.get(url("/moderate/message?id=" + id));
    assertThat(messageText()).isEqualTo(payload);
    assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

  @Test
  void queuePageHasNoSeriousAccessibilityViolations() {
    String slug = SampleMessages.campaign();
    for (Map<String, Object> message : SampleMessages.all()) {
      Api.submit(slug, message).statusCode(202);
    }
    String moderator = Api.moderator();
    Api.claimNext(moderator, slug).then().statusCode(200);
    signIn(moderator, Api.MODERATOR_PASSWORD);
    driver.get(url("/moderate?campaign=" + slug));
    Browser.until(
        driver, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".queue-item")));
    Browser.screenshot(driver, "console-queue.png");

    assertNoSeriousViolations(new AxeBuilder().analyze(driver), "queue page");
    driver.findElement(By.cssSelector("[data-open]")).click();
    messageText();
    assertNoSeriousViolations(new AxeBuilder().analyze(driver), "message page");
  }

  @Test
  void adminPagesHaveNoSeriousAccessibilityViolations() {
    String slug = SampleMessages.campaign();
    Api.terms(slug, List.of("buy now"), List.of("lottery", "visa fees"));
    signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
    driver.get(url("/moderate/admin/campaign?slug=" + slug));
    Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("w-url")));
    driver.findElement(By.id("w-url")).sendKeys("https://partner.example.org/hooks/solidarity");
    driver.findElement(By.cssSelector("form[action*='webhooks'] button[type=submit]")).click();
    Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".secret")));
    Browser.screenshot(driver, "console-settings.png");
    assertNoSeriousViolations(new AxeBuilder().analyze(driver), "campaign settings page");

    driver.get(url("/moderate/admin/users"));
    Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("new-username")));
    assertNoSeriousViolations(new AxeBuilder().analyze(driver), "users page");
  }

  private static void assertNoSeriousViolations(Results results, String page) {
    List<Rule> serious =
        results.getViolations().stream()
            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
            .toList();
    assertThat(serious)
        .as(
            "axe-core violations on the %s: %s",
            page,
            serious.stream()
                .map(v -> v.getId() + " (" + v.getNodes().size() + "): " + v.getHelp())
                .collect(Collectors.joining("; ")))
        .isEmpty();
  }
}
