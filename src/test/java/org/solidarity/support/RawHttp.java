package org.solidarity.support;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends exactly the bytes a test writes, for requests no well-behaved client library would send
 * (chunked bodies, invalid UTF-8, oversized header blocks), and reads the whole answer.
 */
public final class RawHttp {

  /** Status, headers (lower-cased names, as one block) and body of an answer. */
  public record Answer(int status, String headers, String body) {

    public boolean isProblemJson() {
      return headers.contains("content-type: application/problem+json");
    }
  }

  private RawHttp() {}

  public static Answer send(byte[] request) {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException e) {
        // The server may answer and close before it has read everything; read what it said.
      }
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A request with a chunked body of the given bytes, sent in chunks of at most 4 KiB. */
  public static byte[] chunked(String method, String path, String contentType, byte[] body) {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    write(
        request,
        method
            + " "
            + path
            + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
            + contentType
            + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
    for (int offset = 0; offset < body.length; offset += 4096) {
      int length = Math.min(4096, body.length - offset);
      write(request, Integer.toHexString(length) + "\r\n");
      request.write(body, offset, length);
      write(request, "\r\n");
    }
    write(request, "0\r\n\r\n");
    return request.toByteArray();
  }

  /** A request with a Content-Length body, the headers given verbatim (each ending in CRLF). */
  public static byte[] plain(String method, String path, String headers, byte[] body) {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    write(
        request,
        method
            + " "
            + path
            + " HTTP/1.1\r\nHost: localhost\r\n"
            + headers
            + "Content-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n");
    request.write(body, 0, body.length);
    return request.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static Answer read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    String text = new String(all, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IllegalStateException("No HTTP answer: " + text);
    }
    String head = text.substring(0, end);
    int status = Integer.parseInt(head.substring(9, 12));
    String body = text.substring(end + 4);
    if (head.toLowerCase().contains("transfer-encoding: chunked")) {
      body = dechunk(body);
    }
    return new Answer(status, head.toLowerCase(), body);
  }

  private static String dechunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (at < chunked.length()) {
      int lineEnd = chunked.indexOf("\r\n", at);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
      if (size == 0) {
        break;
      }
      // Sizes count bytes; bodies here are problem documents in ASCII, so characters do too.
      body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    return body.toString();
  }
}
