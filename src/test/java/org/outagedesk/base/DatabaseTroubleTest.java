package org.outagedesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.sql.SQLException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;

class DatabaseTroubleTest {

    @Test
    void aConnectionThatCannotBeHadOrWasCutIsTheDatabaseBeingAway() {
        assertThat(DatabaseTrouble.isUnreachable(new CannotGetJdbcConnectionException("pool timed out"))).isTrue();
        assertThat(DatabaseTrouble.isUnreachable(new IllegalStateException("wrapped",
                new SQLException("read failed", new EOFException("socket was closed by server"))))).isTrue();
    }

    /** Seen while MariaDB restarted under load: Spring reports the failed rollback, not what caused it. */
    @Test
    void aRollbackOnAClosedConnectionIsTheDatabaseBeingAway() {
        assertThat(DatabaseTrouble.isUnreachable(new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void bugsAndRefusedDataAreNot() {
        assertThat(DatabaseTrouble.isUnreachable(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseTrouble.isUnreachable(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseTrouble.isUnreachable(new TransactionException("no SQL cause"))).isFalse();
    }
}
