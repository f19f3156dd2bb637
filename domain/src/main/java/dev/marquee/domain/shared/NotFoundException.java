package dev.marquee.domain.shared;

/** The named resource does not exist. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String resource, Object id) {
        super(
                resource + "-not-found",
                "No " + resource.replace('-', ' ') + " with id " + id + " exists");
    }
}
