package org.solidarity.embed;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The widget's static files and the loader script. The widget links its CSS and JS with a content
 * hash in the query string, so those may be cached for long while a new release is seen at once.
 */
@ApplicationScoped
public class EmbedAssets {

  static final String STATIC = "META-INF/resources/embed/assets/";
  static final String LOADER = "embed/embed.js";

  private final String version;
  private final byte[] loader;
  private final String loaderTag;

  public EmbedAssets() {
    this.version = hash(read(STATIC + "widget.css"), read(STATIC + "widget.js")).substring(0, 12);
    this.loader = read(LOADER);
    this.loaderTag = hash(loader).substring(0, 16);
  }

  /** Content hash of the widget's CSS and JS. */
  public String version() {
    return version;
  }

  /** The bytes of embed.js. */
  public byte[] loader() {
    return loader.clone();
  }

  /** The entity tag of embed.js (without quotes). */
  public String loaderTag() {
    return loaderTag;
  }

  private static byte[] read(String path) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hash(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        digest.update(part);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
