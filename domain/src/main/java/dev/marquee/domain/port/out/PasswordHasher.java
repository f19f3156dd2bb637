package dev.marquee.domain.port.out;

import dev.marquee.domain.user.Password;

/** Turns passwords into slow salted hashes and checks passwords against them. */
public interface PasswordHasher {

    String hash(Password password);

    boolean matches(String password, String hash);
}
