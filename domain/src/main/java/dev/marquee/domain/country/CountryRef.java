package dev.marquee.domain.country;

/** A country as read models embed it. */
public record CountryRef(long id, String code, String name) {}
