package dev.marquee.domain.character;

import dev.marquee.domain.shared.Text;
import org.jspecify.annotations.Nullable;

/** The editable state of a character: a name, and optionally who they are. */
public record CharacterDetails(String name, @Nullable String description) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 10_000;

    public CharacterDetails {
        name = Text.required(name, "name", MAX_NAME_LENGTH);
        description = Text.optional(description, "description", MAX_DESCRIPTION_LENGTH);
    }
}
