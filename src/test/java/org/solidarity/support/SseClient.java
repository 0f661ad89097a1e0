package org.solidarity.support;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A minimal Server-Sent Events client for tests: parses frames into a queue of events. */
public final class SseClient implements AutoCloseable {

  /** One received frame; {@code comment} frames have no name or data. */
  public record Event(String id, String name, String data, String comment) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final CountDownLatch connected = new CountDownLatch(1);
  private final Thread reader;
  private volatile int status;
  private volatile String contentType;

  private SseClient(URI uri, String lastEventId) {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    reader =
        new Thread(
            () -> {
              try {
                HttpResponse<java.io.InputStream> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                status = response.statusCode();
                contentType = response.headers().firstValue("Content-Type").orElse("");
                connected.countDown();
                read(
                    new BufferedReader(
                        new InputStreamReader(response.body(), StandardCharsets.UTF_8)));
              } catch (Exception e) {
                connected.countDown();
              }
            },
            "sse-test-client");
    reader.setDaemon(true);
    reader.start();
  }

  public static SseClient open(String url, String lastEventId) throws InterruptedException {
    SseClient client = new SseClient(URI.create(url), lastEventId);
    if (!client.connected.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("SSE connection not established: " + url);
    }
    return client;
  }

  public int status() {
    return status;
  }

  public String contentType() {
    return contentType;
  }

  /** The next event with this name, skipping others; null after the timeout. */
  public Event next(String name, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      Event event = events.poll(left, TimeUnit.NANOSECONDS);
      if (event == null) {
        return null;
      }
      if (name.equals(event.name()) || (name.equals("#comment") && event.comment() != null)) {
        return event;
      }
    }
  }

  private void read(BufferedReader in) throws java.io.IOException {
    String id = null;
    String name = null;
    StringBuilder data = null;
    String comment = null;
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isEmpty()) {
        if (data != null || comment != null) {
          events.add(new Event(id, name, data == null ? null : data.toString(), comment));
        }
        id = null;
        name = null;
        data = null;
        comment = null;
      } else if (line.startsWith(":")) {
        comment = line.substring(1).strip();
      } else if (line.startsWith("id:")) {
        id = line.substring(3).strip();
      } else if (line.startsWith("event:")) {
        name = line.substring(6).strip();
      } else if (line.startsWith("data:")) {
        String chunk = line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5);
        data = data == null ? new StringBuilder(chunk) : data.append('\n').append(chunk);
      }
    }
  }

  @Override
  public void close() {
    reader.interrupt();
  }
}
