package dev.marquee.adapters.web.file;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** Which of the person's photos becomes the main one. */
@Serdeable
public record MainPhotoRequest(@NotNull Long fileId) {}
