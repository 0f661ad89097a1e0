package org.solidarity.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses oversized API bodies: up front when declared, while reading when sent chunked. */
public class RequestLimits {

  private final SolidarityConfig config;

  public RequestLimits(SolidarityConfig config) {
    this.config = config;
  }

  @ServerRequestFilter(preMatching = true)
  public void limitBody(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length == null) {
      return;
    }
    long bytes;
    try {
      bytes = Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      throw new ProblemException(ProblemType.VALIDATION, "Content-Length is not a number");
    }
    if (bytes > config.limits().maxBodyBytes()) {
      throw tooLarge();
    }
  }

  /** A chunked body has no Content-Length to check, so count its bytes as they are read. */
  @ServerRequestFilter
  public void limitChunkedBody(ContainerRequestContext request) {
    if (request.getHeaderString(HttpHeaders.CONTENT_LENGTH) == null && request.hasEntity()) {
      request.setEntityStream(
          new Capped(request.getEntityStream(), config.limits().maxBodyBytes()));
    }
  }

  private ProblemException tooLarge() {
    return new ProblemException(
        ProblemType.PAYLOAD_TOO_LARGE,
        "The request body is larger than " + config.limits().maxBodyBytes() + " bytes");
  }

  /** Fails the read as soon as more than {@code max} bytes have arrived. */
  private final class Capped extends FilterInputStream {
    private long remaining;

    Capped(InputStream in, long max) {
      super(in);
      this.remaining = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int bytes) {
      remaining -= bytes;
      if (remaining < 0) {
        throw tooLarge();
      }
    }
  }
}
