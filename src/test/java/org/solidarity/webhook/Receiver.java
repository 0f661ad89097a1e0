package org.solidarity.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/** A webhook receiver on 127.0.0.1 that fails a given number of requests, then accepts. */
final class Receiver implements AutoCloseable {

  /** One request as received, with the status it was answered. */
  record Request(int answered, Map<String, String> headers, String body) {}

  private final HttpServer server;
  private final AtomicInteger failuresLeft;
  private final List<Request> requests = new ArrayList<>();

  Receiver(int failFirst) throws IOException {
    failuresLeft = new AtomicInteger(failFirst);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          String body;
          try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
          Map<String, String> headers = new java.util.HashMap<>();
          exchange
              .getRequestHeaders()
              .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
          synchronized (requests) {
            requests.add(new Request(status, headers, body));
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  void failFrom(int failures) {
    failuresLeft.set(failures);
  }

  List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  List<Request> accepted() {
    return requests().stream().filter(r -> r.answered() == 204).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** Polls until the condition holds; fails the test after the timeout. */
  static void await(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }
}
