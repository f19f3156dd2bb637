package dev.marquee.domain.view;

/** A country as read models embed it. */
public record CountryRef(long id, String code, String name) {}
