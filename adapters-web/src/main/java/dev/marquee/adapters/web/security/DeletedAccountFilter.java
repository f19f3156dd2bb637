package dev.marquee.adapters.web.security;

import dev.marquee.adapters.web.problem.Problems;
import dev.marquee.adapters.web.shared.FilterLookups;
import dev.marquee.domain.port.in.CheckAccountUseCase;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * An access token outlives a deleted account by up to its lifetime; such a token gets 401 and
 * changes nothing. Checked for every request that acts on the caller's account (any write, anything
 * under /users or /admin); a public read with such a token just has no personal part, so it costs
 * no lookup.
 */
@ServerFilter("/api/**")
public class DeletedAccountFilter implements Ordered {

    private final CheckAccountUseCase accounts;
    private final FilterLookups lookups;

    public DeletedAccountFilter(CheckAccountUseCase accounts, FilterLookups lookups) {
        this.accounts = accounts;
        this.lookups = lookups;
    }

    @RequestFilter
    public CompletableFuture<Optional<HttpResponse<?>>> refuseTokensOfDeletedAccounts(
            HttpRequest<?> request) {
        Authentication caller = request.getUserPrincipal(Authentication.class).orElse(null);
        if (caller == null || !actsOnTheAccount(request)) {
            return FilterLookups.proceed();
        }
        return lookups.offEventLoop(
                () ->
                        accounts.exists(Callers.userId(caller))
                                ? Optional.empty()
                                : Optional.of(
                                        Problems.response(
                                                HttpStatus.UNAUTHORIZED,
                                                "unauthenticated",
                                                "The account of this token no longer exists")));
    }

    private static boolean actsOnTheAccount(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        String path = request.getPath();
        return (method != HttpMethod.GET
                        && method != HttpMethod.HEAD
                        && method != HttpMethod.OPTIONS)
                || path.startsWith("/api/v1/users/")
                || path.startsWith("/api/v1/admin/");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
