package dev.marquee.domain.shared;

/** The caller is known but may not do this. */
public final class ForbiddenException extends DomainException {

    public ForbiddenException(String code, String message) {
        super(code, message);
    }
}
