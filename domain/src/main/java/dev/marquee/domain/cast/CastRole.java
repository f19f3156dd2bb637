package dev.marquee.domain.cast;

/** How large a part is; listings show leading parts first. */
public enum CastRole {
    LEADING,
    SUPPORTING,
    BACKGROUND
}
