package dev.marquee.domain.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The SHA-256 digest of a refresh token: what is stored, so a leaked table yields no usable token.
 */
public record RefreshTokenHash(byte[] digest) {

    public RefreshTokenHash {
        digest = digest.clone();
    }

    public static RefreshTokenHash of(String token) {
        try {
            return new RefreshTokenHash(
                    MessageDigest.getInstance("SHA-256")
                            .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK ships SHA-256", impossible);
        }
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RefreshTokenHash that && Arrays.equals(digest, that.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return "RefreshTokenHash[hidden]";
    }
}
