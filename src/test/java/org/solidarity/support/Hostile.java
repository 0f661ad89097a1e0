package org.solidarity.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Sends hostile requests exactly as written, counts them, and checks how the service refuses. */
public final class Hostile {

  private static final AtomicInteger SENT = new AtomicInteger();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Hostile() {}

  /** How many hostile requests this test run has sent so far. */
  public static int sent() {
    return SENT.get();
  }

  public static Request request(String method, String target) {
    return new Request(method, target);
  }

  /** Status, headers (lower-cased names) and body of an answer. */
  public record Answer(int status, Map<String, String> headers, String body) {

    public String contentType() {
      return headers.getOrDefault("content-type", "");
    }

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + headers + "\n" + body.substring(0, Math.min(body.length(), 2000));
    }
  }

  /** One request, built field by field and written to the socket byte for byte. */
  public static final class Request {

    private final String method;
    private final String target;
    private final List<String> headers = new ArrayList<>();
    private byte[] body;

    private Request(String method, String target) {
      this.method = method;
      this.target = target;
    }

    public Request header(String name, String value) {
      headers.add(name + ": " + value);
      return this;
    }

    public Request basic(String username, String password) {
      String pair = username + ":" + password;
      return header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    public Request asAdmin() {
      return basic(Api.ADMIN, Api.ADMIN_PASSWORD);
    }

    public Request json(String text) {
      return body("application/json", text.getBytes(StandardCharsets.UTF_8));
    }

    public Request json(byte[] bytes) {
      return body("application/json", bytes);
    }

    public Request form(String text) {
      return body("application/x-www-form-urlencoded", text.getBytes(StandardCharsets.UTF_8));
    }

    /** A body with the given Content-Type header, sent verbatim; {@code null} sends none. */
    public Request body(String contentType, byte[] bytes) {
      if (contentType != null) {
        header("Content-Type", contentType);
      }
      this.body = bytes;
      return this;
    }

    public Answer send() {
      SENT.incrementAndGet();
      try (Socket socket = new Socket("localhost", RestAssured.port)) {
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        try {
          out.write(bytes());
          out.flush();
        } catch (IOException e) {
          // The server may answer and close before it has read everything; read what it said.
        }
        return read(socket.getInputStream());
      } catch (IOException e) {
        throw new AssertionError(method + " " + shortTarget() + ": no answer", e);
      }
    }

    /** A 4xx problem document that leaks nothing of the server's internals. */
    public Answer refused() {
      Answer answer = send();
      assertProblem(answer);
      return answer;
    }

    public Answer refused(int status) {
      Answer answer = refused();
      assertEquals(status, answer.status(), () -> describe(answer));
      return answer;
    }

    /** Either a success (the input was in fact acceptable) or a clean 4xx problem. */
    public Answer acceptedOrRefused() {
      Answer answer = send();
      if (answer.status() >= 200 && answer.status() < 300) {
        return answer;
      }
      assertProblem(answer);
      return answer;
    }

    /** The widget answers in HTML, the page it lives in: a 4xx page, never a 5xx. */
    public Answer refusedAsPage() {
      Answer answer = send();
      assertTrue(answer.status() >= 400 && answer.status() < 500, () -> describe(answer));
      assertTrue(
          answer.contentType().startsWith("text/html")
              || answer.contentType().startsWith(Api.PROBLEM_JSON),
          () -> describe(answer));
      Api.assertNoJavaInternals(answer.body());
      return answer;
    }

    private void assertProblem(Answer answer) {
      assertTrue(answer.status() >= 400 && answer.status() < 500, () -> describe(answer));
      assertTrue(answer.contentType().startsWith(Api.PROBLEM_JSON), () -> describe(answer));
      JsonNode problem = answer.json();
      assertNotNull(problem.get("type"), () -> describe(answer));
      assertNotNull(problem.get("title"), () -> describe(answer));
      assertEquals(answer.status(), problem.path("status").asInt(), () -> describe(answer));
      Api.assertNoJavaInternals(answer.body());
    }

    private String describe(Answer answer) {
      return method + " " + shortTarget() + " answered " + answer;
    }

    private String shortTarget() {
      return target.length() > 200 ? target.substring(0, 200) + "..." : target;
    }

    private byte[] bytes() {
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
      for (String header : headers) {
        head.append(header).append("\r\n");
      }
      if (body != null) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("Connection: close\r\n\r\n");
      request.writeBytes(raw(head));
      if (body != null) {
        request.writeBytes(body);
      }
      return request.toByteArray();
    }
  }

  /**
   * Characters up to U+00FF become one byte each, so a test can write any byte into the head (such
   * as invalid UTF-8); characters above it go as UTF-8, as a careless client would send them.
   */
  private static byte[] raw(CharSequence text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    text.codePoints()
        .forEach(
            c -> {
              if (c <= 0xFF) {
                out.write(c);
              } else {
                out.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
              }
            });
    return out.toByteArray();
  }

  private static Answer read(InputStream in) throws IOException {
    String head = readHead(in);
    String[] lines = head.split("\r\n");
    if (lines.length == 0 || lines[0].length() < 12) {
      fail("No HTTP answer: " + head);
    }
    int status = Integer.parseInt(lines[0].substring(9, 12));
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    String type = headers.getOrDefault("content-type", "");
    if (type.startsWith("text/event-stream")) {
      // A live stream never ends by itself; its head is all there is to judge.
      return new Answer(status, headers, "");
    }
    byte[] body;
    if (headers.containsKey("content-length")) {
      body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(in);
    } else {
      body = in.readAllBytes();
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last = 0;
    int b;
    // The head ends at the first empty line: CR LF CR LF, the last four bytes read.
    while (last != 0x0D0A0D0A && (b = in.read()) >= 0) {
      head.write(b);
      last = (last << 8) | b;
    }
    return head.toString(StandardCharsets.ISO_8859_1).strip();
  }

  private static byte[] dechunk(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String line = readLine(in);
      int size = Integer.parseInt(line.split(";")[0].trim(), 16);
      if (size == 0) {
        return body.toByteArray();
      }
      body.writeBytes(in.readNBytes(size));
      readLine(in);
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
