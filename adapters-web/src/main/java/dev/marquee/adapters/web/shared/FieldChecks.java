package dev.marquee.adapters.web.shared;

import dev.marquee.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Converts a request's fields one by one and reports every field that fails, not only the first:
 * each {@link #check} runs its conversion and keeps its violations; {@link #build} throws them all
 * together, or builds.
 */
public final class FieldChecks {

    private final List<InvalidInputException.FieldViolation> violations = new ArrayList<>();

    /**
     * The converted value, or null when the conversion failed (its violations are kept for {@link
     * #build}).
     */
    public <T> @Nullable T check(Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (InvalidInputException invalid) {
            violations.addAll(invalid.violations());
            return null;
        }
    }

    /** Builds the result once every field converted; otherwise reports all violations at once. */
    public <T> T build(Supplier<T> construction) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return construction.get();
    }
}
