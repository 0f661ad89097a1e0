package org.solidarity.feed;

/**
 * Rendered bytes of a public read, with the strong ETag computed from them, and the same bytes
 * gzipped once (with their own ETag) when that pays off, so no request compresses anything.
 */
public record CachedBody(
    byte[] bytes, String etag, String contentType, byte[] gzip, String gzipEtag) {

  /** Whether this body has a gzip representation to offer. */
  public boolean hasGzip() {
    return gzip != null;
  }
}
