package dev.marquee.adapters.web.file;

import io.micronaut.core.annotation.Introspected;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The multipart body of an image upload as the OpenAPI document describes it: one part, {@code
 * file}; {@link FilePart} receives it.
 */
@Introspected
@Schema(name = "ImageUpload", description = "One part named file; other parts are ignored")
record ImageUploadForm(
        @Schema(
                        type = "string",
                        format = "binary",
                        requiredMode = Schema.RequiredMode.REQUIRED,
                        description =
                                "The image: JPEG, PNG or WebP, as its bytes say (the declared type"
                                        + " and file name do not count)")
                byte[] file) {}
