package org.solidarity.common;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises failures that mean "the database cannot be reached right now", wherever they were
 * wrapped (Hibernate, the transaction manager, the pool, the rate limiter), so that they become a
 * 503 the client may retry instead of a 500.
 */
public final class DatabaseOutage {

  /** Seconds a client is asked to wait before retrying while the database is away. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private DatabaseOutage() {}

  public static boolean causedBy(Throwable failure) {
    // Walk causes and suppressed exceptions alike: the transaction manager reports a failed
    // commit as a RollbackException whose reason sits in a suppressed XAException's cause.
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> pending = new ArrayDeque<>();
    if (failure != null) {
      pending.push(failure);
    }
    while (!pending.isEmpty()) {
      Throwable current = pending.pop();
      if (!seen.add(current)) {
        continue;
      }
      if (isOutage(current)) {
        return true;
      }
      for (Throwable suppressed : current.getSuppressed()) {
        pending.push(suppressed);
      }
      if (current.getCause() != null) {
        pending.push(current.getCause());
      }
    }
    return false;
  }

  private static boolean isOutage(Throwable t) {
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof SQLRecoverableException
        || t instanceof ConnectException
        || t instanceof SocketTimeoutException
        || t instanceof SocketException
        || t instanceof EOFException
        || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
      return true;
    }
    if (t instanceof SQLException sql) {
      String state = sql.getSQLState();
      if (state != null
          && (state.startsWith("08") // connection exception
              || state.startsWith("57P") // admin shutdown, crash shutdown, cannot connect now
              || state.equals("53300"))) { // too many connections
        return true;
      }
      // The pool says so only in words: no connection came free in time.
      String message = sql.getMessage();
      return message != null && message.contains("acquisition timeout");
    }
    return false;
  }
}
