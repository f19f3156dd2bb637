package dev.marquee.domain.shared;

/** The upload is larger than the configured maximum. */
public final class FileTooLargeException extends DomainException {

    public FileTooLargeException(long maxBytes) {
        super("file-too-large", "A file may be at most " + maxBytes + " bytes");
    }
}
