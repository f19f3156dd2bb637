package dev.marquee.adapters.web.security;

/** The role names that {@code @Secured} checks, as carried in access tokens. */
public final class Roles {

    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
