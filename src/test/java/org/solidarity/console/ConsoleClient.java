package org.solidarity.console;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A console user in tests: signs in through the login form and posts forms with the CSRF token. */
final class ConsoleClient {

  static final String SESSION = "quarkus-credential";
  static final String CSRF = "csrf-token";
  private static final Pattern TOKEN = Pattern.compile("name=\"" + CSRF + "\" value=\"([^\"]+)\"");

  private final Map<String, String> cookies = new HashMap<>();

  private ConsoleClient() {}

  /** Signs in with the form; fails the test when the login does not succeed. */
  static ConsoleClient signIn(String username, String password) {
    ConsoleClient client = new ConsoleClient();
    Response login = login(username, password);
    String session = login.getCookie(SESSION);
    if (login.statusCode() != 302 || session == null) {
      throw new AssertionError(
          "login of " + username + " failed: " + login.statusCode() + " " + login.headers());
    }
    client.cookies.put(SESSION, session);
    return client;
  }

  static Response login(String username, String password) {
    return given()
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .formParam("j_username", username)
        .formParam("j_password", password)
        .post("/moderate/j_security_check");
  }

  RequestSpecification request() {
    return given().redirects().follow(false).cookies(cookies);
  }

  /** Opens a page and keeps the CSRF cookie it sets. */
  Response get(String path) {
    Response page = request().get(path);
    String csrf = page.getCookie(CSRF);
    if (csrf != null) {
      cookies.put(CSRF, csrf);
    }
    return page;
  }

  /** The token the page's forms carry. */
  String tokenFrom(Response page) {
    Matcher m = TOKEN.matcher(page.asString());
    if (!m.find()) {
      throw new AssertionError("no CSRF token on the page");
    }
    return m.group(1);
  }

  /** Posts a form as the page at {@code pagePath} would: with its token. */
  Response postForm(String pagePath, String action, Map<String, ?> fields) {
    String token = tokenFrom(get(pagePath));
    return request()
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .formParams(fields)
        .formParam(CSRF, token)
        .post(action);
  }

  /** Posts a form without any token, as a forged cross-site form would. */
  Response postFormWithoutToken(String action, Map<String, ?> fields) {
    return request()
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .formParams(fields)
        .post(action);
  }

  String cookie(String name) {
    return cookies.get(name);
  }
}
