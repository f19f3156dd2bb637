package dev.marquee.domain.shared;

/**
 * A broken business rule, identified by a stable machine-readable code; it never speaks of
 * transport or storage.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException,
                ConflictException,
                InvalidInputException,
                AuthenticationFailedException,
                UnsupportedImageException,
                FileTooLargeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** The stable identifier of this kind of failure, such as {@code genre-not-found}. */
    public String code() {
        return code;
    }
}
