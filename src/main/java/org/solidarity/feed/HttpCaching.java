package org.solidarity.feed;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.solidarity.common.SolidarityConfig;

/** Strong ETags, conditional GETs and Cache-Control for public reads. */
public final class HttpCaching {

  private HttpCaching() {}

  public static CachedBody render(byte[] bytes, String contentType) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      String tag =
          Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
      return new CachedBody(bytes, "\"" + tag + "\"", contentType);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  public static CachedBody render(String text, String contentType) {
    return render(text.getBytes(StandardCharsets.UTF_8), contentType);
  }

  /** 304 when the client already holds this representation, else 200 with the bytes. */
  public static Response respond(CachedBody body, String ifNoneMatch, SolidarityConfig config) {
    String cacheControl = cacheControl(config);
    Response.ResponseBuilder builder =
        matches(ifNoneMatch, body.etag())
            ? Response.notModified()
            : Response.ok(body.bytes(), body.contentType());
    return builder
        .header(HttpHeaders.ETAG, body.etag())
        .header(HttpHeaders.CACHE_CONTROL, cacheControl)
        .header(HttpHeaders.VARY, "Accept-Encoding")
        .build();
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
