package dev.marquee.adapters.persistence.shared;

import dev.marquee.domain.shared.DomainException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns a database constraint violation into the domain error it stands for, by constraint name, so
 * that the database (which sees concurrent writers) is the one that decides uniqueness and
 * references.
 */
public final class ConstraintViolations {

    private final Map<String, Supplier<? extends DomainException>> errorsByConstraint;

    private ConstraintViolations(
            Map<String, Supplier<? extends DomainException>> errorsByConstraint) {
        this.errorsByConstraint = Map.copyOf(errorsByConstraint);
    }

    public static ConstraintViolations of(
            Map<String, Supplier<? extends DomainException>> errorsByConstraint) {
        return new ConstraintViolations(errorsByConstraint);
    }

    /**
     * Runs the write; a violation of a known constraint surfaces as its domain error, anything else
     * unchanged.
     */
    public <T> T translate(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException failure) {
            throw violatedConstraint(failure)
                    .map(errorsByConstraint::get)
                    .<RuntimeException>map(Supplier::get)
                    .orElse(failure);
        }
    }

    public void translate(Runnable write) {
        translate(
                () -> {
                    write.run();
                    return null;
                });
    }

    /** The name of the constraint whose violation caused this failure, if it was one. */
    public static Optional<String> violatedConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql) {
                ServerErrorMessage message = psql.getServerErrorMessage();
                return Optional.ofNullable(message).map(ServerErrorMessage::getConstraint);
            }
            if (cause instanceof SQLException sql
                    && sql.getNextException() instanceof PSQLException next) {
                return violatedConstraint(next);
            }
        }
        return Optional.empty();
    }
}
