package dev.marquee.domain.file;

import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file as it arrives: the name the client gave, and its bytes as a stream (read once).
 */
public record Upload(@Nullable String declaredName, InputStream content) {}
