package dev.marquee.domain.shared;

/** The upload is not an image in a format Marquee stores (JPEG, PNG, WebP), judged by its bytes. */
public final class UnsupportedImageException extends DomainException {

    public UnsupportedImageException() {
        super(
                "unsupported-image",
                "Only JPEG, PNG and WebP images are accepted; the content is none of them");
    }
}
