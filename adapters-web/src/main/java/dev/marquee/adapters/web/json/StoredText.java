package dev.marquee.adapters.web.json;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Reads JSON strings only when they can be stored as text: no NUL character (PostgreSQL text cannot
 * hold one) and no unpaired surrogate (it is no Unicode character, and would be stored as a
 * question mark). Any such string, in any field of any body, makes the body a 400 naming that field
 * before it reaches a use case.
 */
@Singleton
final class StoredText implements Deserializer<String> {

    @Override
    public String deserialize(
            Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        String text = decoder.decodeString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                throw new UnstorableTextException(
                        fieldOf(type), "must not contain a NUL character");
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new UnstorableTextException(
                        fieldOf(type), "must not contain an unpaired surrogate");
            }
        }
        return text;
    }

    /**
     * The property being read (serde hands a bean property's own argument to its deserializer),
     * else "body".
     */
    private static String fieldOf(Argument<?> type) {
        String name = type.getName();
        return name.isEmpty()
                        || name.equals(type.getType().getSimpleName())
                        || !Character.isJavaIdentifierStart(name.charAt(0))
                ? "body"
                : name;
    }
}
