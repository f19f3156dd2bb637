package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.port.out.PasswordHasher;
import dev.marquee.domain.user.Password;

/**
 * An honest but not slow PasswordHasher ("hashed:" + password) that counts how often each method is
 * called.
 */
public final class CountingPasswordHasher implements PasswordHasher {

    private static final String PREFIX = "hashed:";

    private int hashCalls;
    private int matchesCalls;

    @Override
    public String hash(Password password) {
        hashCalls++;
        return PREFIX + password.value();
    }

    @Override
    public boolean matches(String password, String hash) {
        matchesCalls++;
        return hash.equals(PREFIX + password);
    }

    /** What hash() returns for this clear text, for seeding accounts in tests. */
    public static String hashOf(String password) {
        return PREFIX + password;
    }

    public int hashCalls() {
        return hashCalls;
    }

    public int matchesCalls() {
        return matchesCalls;
    }
}
