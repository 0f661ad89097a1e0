package org.solidarity.common;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts body bytes as they are read, so a chunked body without Content-Length cannot slip past the
 * size limit that {@link RequestLimits} applies to declared lengths.
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

  // Looked up per call: interceptors are built before runtime configuration exists.
  private final Instance<SolidarityConfig> config;

  public BodyLimit(Instance<SolidarityConfig> config) {
    this.config = config;
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    int max = RequestLimits.maxBytes(config.get().limits(), context.getMediaType());
    context.setInputStream(new Counted(context.getInputStream(), max));
    return context.proceed();
  }

  /** Throws the 413 problem once more than {@code max} bytes have been read. */
  private static final class Counted extends FilterInputStream {

    private final int max;
    private long count;

    Counted(InputStream in, int max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(int n) {
      count += n;
      if (count > max) {
        throw RequestLimits.tooLarge(max);
      }
    }
  }
}
