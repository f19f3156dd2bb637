package dev.marquee.adapters.web.shared;

import dev.marquee.domain.view.Named;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A reference to another resource: its id and display name. */
@Serdeable
public record NamedResponse(long id, String name) {

    public static @Nullable NamedResponse of(@Nullable Named named) {
        return named == null ? null : new NamedResponse(named.id(), named.name());
    }
}
