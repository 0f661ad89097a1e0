package org.solidarity.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Clock helpers; timestamps are truncated to PostgreSQL's microsecond precision. */
public final class Times {

  private Times() {}

  /** Now, at the precision PostgreSQL stores, so a cursor made from it matches the stored row. */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
