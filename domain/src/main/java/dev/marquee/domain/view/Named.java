package dev.marquee.domain.view;

/** A reference to another resource as read models show it: its id and its display name. */
public record Named(long id, String name) {}
