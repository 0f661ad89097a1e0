package org.solidarity.common;

import java.sql.SQLException;

/**
 * Recognises PostgreSQL's data exceptions (class 22: bytes it cannot encode, values too long or out
 * of range), the last line of defence when input passed validation but cannot be stored.
 */
public final class RejectedByDatabase {

  private RejectedByDatabase() {}

  public static boolean causedBy(Throwable failure) {
    return sqlState(failure) != null;
  }

  /** The SQL state and its meaning, for the log; never the offending value itself. */
  public static String reason(Throwable failure) {
    return "SQL state " + sqlState(failure);
  }

  private static String sqlState(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("22")) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
