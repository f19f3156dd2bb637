package dev.marquee.domain.view;

import java.io.InputStream;

/** A file's bytes, streamed from the store, with the metadata to serve them. */
public record FileContent(FileView file, InputStream bytes) {}
