package org.solidarity.common;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;

/**
 * Settles races on unique keys. The up-front "does it exist?" check cannot see a row another
 * request is inserting at the same moment; the database's unique index can, so its verdict is
 * turned into the same 409 instead of an error at commit.
 */
public final class UniqueKeys {

  private UniqueKeys() {}

  /** Flushes pending inserts now; a unique-key violation becomes a 409 with this detail. */
  public static void flushOrConflict(String detail) {
    try {
      Panache.getEntityManager().flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw new ProblemException(ProblemType.CONFLICT, detail);
      }
      throw e;
    }
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException violation
          && violation.getKind() == ConstraintKind.UNIQUE) {
        return true;
      }
    }
    return false;
  }
}
