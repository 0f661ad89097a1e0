package org.solidarity.common;

/** Parses the {@code limit} query parameter so that bad values are a 400, not a 404. */
public final class PageLimit {

  public static final int DEFAULT = 20;
  public static final int MAX = 100;

  private PageLimit() {}

  public static int parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return DEFAULT;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value >= 1 && value <= MAX) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the same answer as an out-of-range number
    }
    throw ProblemException.invalid("limit", "must be a whole number from 1 to " + MAX);
  }
}
