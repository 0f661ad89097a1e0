package org.solidarity.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.solidarity.support.Hostile;

/** Hostile posts to the widget's public form: a 4xx page or problem, never a 5xx. */
@QuarkusTest
class HostileFormTest {

  private static final String VALID = "authorName=Ana&country=MX&consent=on&body=hola";
  private static int before;

  @BeforeAll
  static void count() {
    before = Hostile.sent();
  }

  @AfterAll
  static void sentEnough() {
    int sent = Hostile.sent() - before;
    assertTrue(sent >= 20, "only " + sent + " hostile forms were sent");
  }

  private static Hostile.Request post() {
    return Hostile.request("POST", "/embed/" + HostileFixtures.get().slug + "/messages");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "authorName=Ana%00&country=MX&consent=on&body=hola",
        "authorName=Ana&country=MX&consent=on&body=hola%00mundo",
        "authorName=%E2%80%AEAna&country=MX&consent=on&body=hola",
        "authorName=Ana&country=MX&consent=on&body=right%E2%80%AEleft",
        "authorName=Ana&country=MX&consent=on&body=bell%07",
        "authorName=Ana&country=../../etc&consent=on&body=hola",
        "authorName=Ana&country=MX&body=hola",
        "authorName=&country=&consent=&body=",
        "country=MX' OR 1=1 --&consent=on&body=hola&authorName=Ana",
        "authorName=Ana&country=MX&consent=on&body=hola&email=%27%20OR%201%3D1",
        "authorName=Ana&country=MX&consent=on&body=hola&language=%3Cscript%3E",
      })
  void invalidFieldsShowTheFormAgain(String form) {
    assertEquals(400, post().form(form).refusedAsPage().status());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "authorName=%ZZ&country=MX&consent=on&body=hola",
        "authorName=Ana&country=MX&consent=on&body=%",
        "authorName=Ana&country=MX&consent=on&body=%4",
      })
  void aBrokenEscapeIs400(String form) {
    post().form(form).refused(400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "authorName=Ana&country=MX&consent=on&body=%C3%28",
        "authorName=Ana&country=MX&consent=on&body=%ED%A0%80",
        "authorName=Ana&country=MX&consent=on&body=%FF%FE",
        "=&&&==&country=MX",
        "authorName=Ana&authorName=Eve&country=MX&consent=on&body=two%20names",
      })
  void garbledEncodingNeverFails(String form) {
    Hostile.Answer answer = post().form(form).send();
    // Undecodable bytes become U+FFFD: the form accepts the text (303) or shows itself again.
    assertTrue(answer.status() == 303 || answer.status() == 400, answer::toString);
  }

  @Test
  void invalidUtf8BytesInTheFormNeverFail() {
    byte[] form = (VALID + "&organization=").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[form.length + 2];
    System.arraycopy(form, 0, body, 0, form.length);
    body[form.length] = (byte) 0xC3;
    body[form.length + 1] = (byte) 0x28;
    Hostile.Answer answer = post().body("application/x-www-form-urlencoded", body).send();
    assertTrue(answer.status() == 303 || answer.status() == 400, answer::toString);
  }

  @Test
  void aMegabyteFieldIs413() {
    post().form(VALID + "&organization=" + "o".repeat(1_000_000)).refused(413);
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "text/plain", ";;;", "multipart/form-data"})
  void aFormInAnotherTypeIs415(String type) {
    post().body(type, VALID.getBytes(StandardCharsets.UTF_8)).refused(415);
  }

  @Test
  void anUnknownCampaignIs404() {
    Hostile.request("POST", "/embed/..%2f..%2fetc/messages").form(VALID).refusedAsPage();
    Hostile.request("POST", "/embed/no-such-campaign/messages").form(VALID).refusedAsPage();
  }
}
