package dev.marquee.adapters.web.shared;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Runs the blocking step of a server filter (a database lookup or write) on the blocking executor,
 * and only that step: a filter with nothing to look up for a request answers on the event loop,
 * without the two thread hops that {@code @ExecuteOn} would cost every request.
 */
@Singleton
public final class FilterLookups {

    private final ExecutorService blocking;

    public FilterLookups(@Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.blocking = blocking;
    }

    /**
     * {@code lookup} on the blocking executor, in the caller's propagated context. A request
     * filter's lookup answers an empty Optional to let the request proceed (an asynchronous filter
     * result may not be null).
     */
    public <T> CompletableFuture<T> offEventLoop(Supplier<T> lookup) {
        return CompletableFuture.supplyAsync(PropagatedContext.getOrEmpty().wrap(lookup), blocking);
    }

    /** The answer of a request filter that has nothing to look up: proceed unchanged. */
    public static CompletableFuture<Optional<HttpResponse<?>>> proceed() {
        return CompletableFuture.completedFuture(Optional.empty());
    }
}
