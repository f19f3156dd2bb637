package dev.marquee.bootstrap.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import dev.marquee.bootstrap.wiring.SecuritySettings;
import dev.marquee.domain.port.out.PasswordHasher;
import dev.marquee.domain.user.Password;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * Hashes passwords with bcrypt, salted, at the cost {@code marquee.security.bcrypt-cost}. Passwords
 * longer than bcrypt's 72-byte input are first condensed with SHA-512, so every character counts.
 */
@Singleton
public class BcryptPasswordHasher implements PasswordHasher {

    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;
    private static final LongPasswordStrategy LONG_PASSWORDS =
            LongPasswordStrategies.hashSha512(VERSION);

    private final int cost;
    private final BCrypt.Hasher hasher = BCrypt.with(VERSION, new SecureRandom(), LONG_PASSWORDS);
    private final BCrypt.Verifyer verifier = BCrypt.verifyer(VERSION, LONG_PASSWORDS);

    public BcryptPasswordHasher(SecuritySettings settings) {
        this.cost = settings.bcryptCost();
    }

    @Override
    public String hash(Password password) {
        return hasher.hashToString(cost, password.value().toCharArray());
    }

    @Override
    public boolean matches(String password, String hash) {
        try {
            return verifier.verify(
                            password.getBytes(StandardCharsets.UTF_8),
                            hash.getBytes(StandardCharsets.UTF_8))
                    .verified;
        } catch (IllegalArgumentException unreadableHash) {
            return false;
        }
    }
}
