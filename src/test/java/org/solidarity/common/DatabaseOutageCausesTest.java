package org.solidarity.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Which failures count as "the database is away", however deep they are wrapped. */
class DatabaseOutageCausesTest {

  private static PSQLException ioError() {
    return new PSQLException(
        "An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE);
  }

  @Test
  void aCommitLostWithTheConnectionIsAnOutage() {
    // The shape the transaction manager gives: the reason is the cause of a suppressed exception.
    XAException xa = new XAException("Error trying to transactionCommit local transaction");
    xa.initCause(ioError());
    RollbackException rollback = new RollbackException("Could not commit transaction.");
    rollback.addSuppressed(xa);
    RuntimeException wrapped = new RuntimeException("Error invoking subclass method", rollback);

    assertThat(DatabaseOutage.causedBy(wrapped)).isTrue();
  }

  @Test
  void connectionStatesAndPoolTimeoutsAreOutages() {
    assertThat(DatabaseOutage.causedBy(new RuntimeException(ioError()))).isTrue();
    assertThat(DatabaseOutage.causedBy(new SQLException("shutting down", "57P01"))).isTrue();
    assertThat(
            DatabaseOutage.causedBy(new SQLException("Sorry, acquisition timeout!", (String) null)))
        .isTrue();
  }

  @Test
  void otherDatabaseErrorsAndBugsAreNot() {
    assertThat(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
    RollbackException rollback = new RollbackException("marked for rollback");
    rollback.addSuppressed(new SQLException("check violation", "23514"));
    assertThat(DatabaseOutage.causedBy(rollback)).isFalse();
    assertThat(DatabaseOutage.causedBy(null)).isFalse();
  }

  @Test
  void aCycleOfSuppressedExceptionsEnds() {
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.addSuppressed(second);

    assertThat(DatabaseOutage.causedBy(second)).isFalse();
  }
}
