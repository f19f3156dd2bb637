package dev.marquee.domain.port.out;

import dev.marquee.domain.user.Password;

/** Turns passwords into slow salted hashes and checks passwords against them. */
public interface PasswordHasher {

    String hash(Password password);

    /**
     * Whether the password is the one hashed, every character counting; false, never a failure, for
     * a hash it cannot read.
     */
    boolean matches(String password, String hash);
}
