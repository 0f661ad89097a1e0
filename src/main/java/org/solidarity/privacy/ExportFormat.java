package org.solidarity.privacy;

import java.util.Locale;
import org.solidarity.common.ProblemException;

/** The formats a campaign export comes in. */
public enum ExportFormat {
  NDJSON("application/x-ndjson", "ndjson"),
  CSV("text/csv; charset=UTF-8", "csv");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** NDJSON when absent; a 400 for anything unknown. */
  public static ExportFormat parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return NDJSON;
    }
    try {
      return valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("format", "must be ndjson or csv");
    }
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }
}
