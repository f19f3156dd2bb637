package dev.marquee.domain.shared;

import org.jspecify.annotations.Nullable;

/**
 * One field of a partial update: a {@code null} Change leaves the field as it is; a Change holding
 * {@code null} clears it.
 */
public record Change<T>(@Nullable T value) {

    /** The new value when this field changes, else the current one. */
    public static <T> @Nullable T apply(@Nullable Change<T> change, @Nullable T current) {
        return change == null ? current : change.value();
    }
}
