package org.solidarity.embed;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A partner's web site on another origin (127.0.0.1 and its own port) that embeds the widget. */
final class HostSite implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, String> pages = new ConcurrentHashMap<>();
  private final AtomicInteger sequence = new AtomicInteger();

  private HostSite(HttpServer server) {
    this.server = server;
  }

  static HostSite start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      HostSite site = new HostSite(server);
      server.createContext("/", site::serve);
      server.start();
      return site;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Publishes a page whose body is {@code html} and returns its address. */
  String page(String html) {
    String path = "/page-" + sequence.incrementAndGet();
    pages.put(
        path,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Partner site</title>"
            + "</head><body style=\"margin:0;background:#fff;font-family:sans-serif\">"
            + "<div style=\"max-width:760px;margin:0 auto;padding:24px\">"
            + "<h1>Partner site</h1><p>Our coalition stands with migrants. Read the messages:</p>"
            + html
            + "<p>Footer of the partner site.</p></div></body></html>");
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void serve(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
    String page = pages.get(exchange.getRequestURI().getPath());
    byte[] body = (page == null ? "not found" : page).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
