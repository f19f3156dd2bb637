package dev.marquee.adapters.web.problem;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Failures that say a server this request needs (the database) did not answer in time or refused for now, rather
 * than that the request or the code is wrong: a retry later may well succeed, so they are 503, not 500.
 */
final class TransientFailures {

    /** SQLSTATEs of a lost or refused connection, a statement timeout, a server shutting down, too many connections. */
    private static final Set<String> TRANSIENT_STATES = Set.of("57014", "57P01", "57P02", "57P03", "53300", "40001", "40P01");

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof SocketTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isTransientState(sql.getSQLState()) || isEvictedConnection(sql))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientState(String state) {
        return state != null && (state.startsWith("08") || TRANSIENT_STATES.contains(state));
    }

    /**
     * What the pool answers, without an SQLSTATE, when the transaction's connection was evicted as broken (a lost
     * server) and the transaction's clean-up then touches it: that masks the original 08xxx failure.
     */
    private static boolean isEvictedConnection(SQLException sql) {
        return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
    }
}
