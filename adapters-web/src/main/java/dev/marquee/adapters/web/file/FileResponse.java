package dev.marquee.adapters.web.file;

import io.micronaut.serde.annotation.Serdeable;

/** A stored image: its metadata and a URL any plain HTTP client can fetch its bytes from. */
@Serdeable
public record FileResponse(long id, String fileName, String mimeType, long size, String url) {}
