package dev.marquee.domain.shared;

/** The change would break a uniqueness rule or remove something still in use. */
public final class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
