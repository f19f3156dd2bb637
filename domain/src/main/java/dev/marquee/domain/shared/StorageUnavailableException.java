package dev.marquee.domain.shared;

/**
 * The object store cannot be reached or refuses the operation: a server-side outage, not a client
 * error, so it stands outside the DomainException hierarchy.
 */
public final class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
