package dev.marquee.domain.user;

/**
 * What an account may do beyond its own library: every account is a USER, catalogue editors are
 * ADMINs.
 */
public enum Role {
    USER,
    ADMIN
}
