package dev.marquee.domain.person;

/** A person's gender as the catalogue records it. */
public enum Gender {
    FEMALE,
    MALE,
    NON_BINARY,
    UNKNOWN
}
