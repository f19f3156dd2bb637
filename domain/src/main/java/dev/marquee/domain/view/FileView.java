package dev.marquee.domain.view;

/** A stored file (an image) as read models embed it: its metadata, not its bytes. */
public record FileView(long id, String fileName, String mimeType, long size) {}
