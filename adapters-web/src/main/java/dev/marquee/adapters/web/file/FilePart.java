package dev.marquee.adapters.web.file;

import dev.marquee.domain.shared.InvalidInputException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Receives the one file part named {@code file} of a multipart body as it arrives, holding no
 * thread while the client sends it. The result fails with a 400 when that part is missing, is a
 * plain field or comes twice, and with {@link UploadTimeoutException} when the whole body has not
 * arrived within the timeout; on any failure the body is no longer read and what was buffered is
 * released. Other parts are ignored.
 */
final class FilePart implements Subscriber<CompletedPart> {

    static final String NAME = "file";

    private final CompletableFuture<CompletedFileUpload> result = new CompletableFuture<>();
    private @Nullable Subscription subscription;
    private @Nullable CompletedFileUpload file;

    private FilePart() {}

    /**
     * The file part of this body once the body has fully arrived; the caller discards it after use.
     */
    static CompletableFuture<CompletedFileUpload> receive(MultipartBody body, Duration timeout) {
        FilePart part = new FilePart();
        part.result
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete(
                        (file, failure) -> {
                            if (failure != null) {
                                part.abandon();
                            }
                        });
        body.subscribe(part);
        return part.result.handle(
                (file, failure) -> {
                    if (failure instanceof TimeoutException) {
                        throw new UploadTimeoutException(timeout);
                    }
                    if (failure != null) {
                        throw failure instanceof RuntimeException runtime
                                ? runtime
                                : new IllegalStateException(failure);
                    }
                    return file;
                });
    }

    @Override
    public synchronized void onSubscribe(Subscription subscription) {
        this.subscription = subscription;
        if (result.isDone()) {
            subscription.cancel();
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public synchronized void onNext(CompletedPart part) {
        if (result.isDone() || !NAME.equals(part.getName())) {
            release(part);
        } else if (!(part instanceof CompletedFileUpload upload)) {
            result.completeExceptionally(
                    new InvalidInputException(NAME, "must be a file, not a plain form field"));
            abandon();
        } else if (file != null) {
            release(upload);
            result.completeExceptionally(new InvalidInputException(NAME, "must be sent once"));
            abandon();
        } else {
            file = upload;
        }
    }

    @Override
    public synchronized void onError(Throwable error) {
        result.completeExceptionally(error);
        release(file);
    }

    @Override
    public synchronized void onComplete() {
        if (file == null) {
            result.completeExceptionally(
                    new InvalidInputException(NAME, "a multipart part named file is required"));
        } else if (!result.complete(file)) {
            release(file);
        }
    }

    private synchronized void abandon() {
        if (subscription != null) {
            subscription.cancel();
        }
        release(file);
    }

    private static void release(@Nullable CompletedPart part) {
        if (part instanceof CompletedFileUpload upload) {
            upload.discard();
        }
    }
}
