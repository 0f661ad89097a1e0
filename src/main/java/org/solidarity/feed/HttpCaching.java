package org.solidarity.feed;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.solidarity.common.SolidarityConfig;

/** Strong ETags, conditional GETs and Cache-Control for public reads. */
public final class HttpCaching {

  private HttpCaching() {}

  /** Bodies smaller than this are sent as they are: gzip would save next to nothing. */
  static final int GZIP_MIN_BYTES = 1024;

  public static CachedBody render(byte[] bytes, String contentType) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      String tag =
          Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
      byte[] gzip = bytes.length < GZIP_MIN_BYTES ? null : gzip(bytes);
      if (gzip != null && gzip.length >= bytes.length) {
        gzip = null;
      }
      // A strong ETag names one representation, so the gzipped one has its own.
      return new CachedBody(
          bytes, "\"" + tag + "\"", contentType, gzip, gzip == null ? null : "\"" + tag + "-gz\"");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static CachedBody render(String text, String contentType) {
    return render(text.getBytes(StandardCharsets.UTF_8), contentType);
  }

  /** 304 when the client already holds this representation, else 200 with the bytes. */
  public static Response respond(CachedBody body, String ifNoneMatch, SolidarityConfig config) {
    return respond(body, ifNoneMatch, null, config);
  }

  /**
   * As {@link #respond(CachedBody, String, SolidarityConfig)}, choosing the gzipped representation
   * when the client's Accept-Encoding allows it.
   */
  public static Response respond(
      CachedBody body, String ifNoneMatch, String acceptEncoding, SolidarityConfig config) {
    boolean gzip = body.hasGzip() && acceptsGzip(acceptEncoding);
    String etag = gzip ? body.gzipEtag() : body.etag();
    Response.ResponseBuilder builder;
    if (matches(ifNoneMatch, etag)) {
      builder = Response.notModified();
    } else {
      builder = Response.ok(gzip ? body.gzip() : body.bytes(), body.contentType());
      if (gzip) {
        builder.header(HttpHeaders.CONTENT_ENCODING, "gzip");
      }
    }
    return builder
        .header(HttpHeaders.ETAG, etag)
        .header(HttpHeaders.CACHE_CONTROL, cacheControl(config))
        .header(HttpHeaders.VARY, "Accept-Encoding")
        .build();
  }

  /** Whether an Accept-Encoding header allows gzip (RFC 9110 12.5.3, q=0 means "not this"). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null || acceptEncoding.isBlank()) {
      return false;
    }
    Boolean wildcard = null;
    for (String part : acceptEncoding.split(",")) {
      String[] fields = part.split(";");
      String coding = fields[0].strip().toLowerCase(Locale.ROOT);
      boolean allowed = true;
      for (int i = 1; i < fields.length; i++) {
        String param = fields[i].strip().toLowerCase(Locale.ROOT);
        if (param.startsWith("q=")) {
          try {
            allowed = Double.parseDouble(param.substring(2)) > 0;
          } catch (NumberFormatException e) {
            allowed = false;
          }
        }
      }
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        return allowed;
      }
      if (coding.equals("*")) {
        wildcard = allowed;
      }
    }
    return Boolean.TRUE.equals(wildcard);
  }

  /** Cache-Control of every public read. */
  public static String cacheControl(SolidarityConfig config) {
    return "public, max-age="
        + config.feed().maxAge()
        + ", stale-while-revalidate="
        + config.feed().staleWhileRevalidate();
  }

  /** If-None-Match uses weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored. */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.strip();
      if (c.equals("*")) {
        return true;
      }
      if (c.startsWith("W/")) {
        c = c.substring(2);
      }
      if (c.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
