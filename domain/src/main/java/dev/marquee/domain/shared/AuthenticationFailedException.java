package dev.marquee.domain.shared;

/**
 * The presented credentials or token do not identify anyone; the message never says which part was
 * wrong.
 */
public final class AuthenticationFailedException extends DomainException {

    public AuthenticationFailedException() {
        super("invalid-credentials", "The login or the password is wrong");
    }

    public AuthenticationFailedException(String code, String message) {
        super(code, message);
    }
}
