package org.solidarity.feed;

/** Rendered bytes of a public read, with the strong ETag computed from them. */
public record CachedBody(byte[] bytes, String etag, String contentType) {}
