package dev.marquee.adapters.web.json;

import io.micronaut.serde.exceptions.SerdeException;
import java.util.Optional;

/** A JSON string that text storage cannot hold, in the body field {@link #field()}. */
public final class UnstorableTextException extends SerdeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    UnstorableTextException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** This failure somewhere in the chain of causes of {@code failure}, if it is there. */
    public static Optional<UnstorableTextException> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnstorableTextException unstorable) {
                return Optional.of(unstorable);
            }
        }
        return Optional.empty();
    }
}
