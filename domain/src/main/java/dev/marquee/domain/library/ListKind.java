package dev.marquee.domain.library;

/** The two lists of movies every user keeps: favorites and the watchlist. */
public enum ListKind {
    FAVORITES,
    WATCHLIST
}
