package dev.marquee.bootstrap.wiring;

import dev.marquee.adapters.web.problem.UnavailableServer;
import jakarta.inject.Singleton;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * The database's ways of saying it did not answer in time or refuses for now: a retry later may
 * well succeed.
 */
@Singleton
final class UnavailableDatabase implements UnavailableServer {

    /**
     * SQLSTATEs of a statement timeout, a server shutting down or starting, too many connections, a
     * lost race.
     */
    private static final Set<String> TRANSIENT_STATES =
            Set.of("57014", "57P01", "57P02", "57P03", "53300", "40001", "40P01");

    @Override
    public boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SocketTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (isTransientState(sql.getSQLState()) || isEvictedConnection(sql))) {
                return true;
            }
        }
        return false;
    }

    /** Class 08 is a lost or refused connection. */
    private static boolean isTransientState(String state) {
        return state != null && (state.startsWith("08") || TRANSIENT_STATES.contains(state));
    }

    /**
     * What the pool answers, without an SQLSTATE, when the transaction's connection was evicted as
     * broken (a lost server) and the transaction's clean-up then touches it: that masks the
     * original 08xxx failure.
     */
    private static boolean isEvictedConnection(SQLException sql) {
        return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
    }
}
