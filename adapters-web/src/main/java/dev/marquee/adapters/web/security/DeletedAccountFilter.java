package dev.marquee.adapters.web.security;

import dev.marquee.adapters.web.problem.Problems;
import dev.marquee.domain.port.in.CheckAccountUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;

/**
 * An access token outlives a deleted account by up to its lifetime; such a token gets 401 and
 * changes nothing. Checked for every request that acts on the caller's account (any write, anything
 * under /users or /admin); a public read with such a token just has no personal part, so it costs
 * no lookup.
 */
@ServerFilter("/api/**")
public class DeletedAccountFilter implements Ordered {

    private final CheckAccountUseCase accounts;

    public DeletedAccountFilter(CheckAccountUseCase accounts) {
        this.accounts = accounts;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public @Nullable HttpResponse<?> refuseTokensOfDeletedAccounts(HttpRequest<?> request) {
        Authentication caller = request.getUserPrincipal(Authentication.class).orElse(null);
        if (caller == null
                || !actsOnTheAccount(request)
                || accounts.exists(Callers.userId(caller))) {
            return null;
        }
        return Problems.response(
                HttpStatus.UNAUTHORIZED,
                "unauthenticated",
                "The account of this token no longer exists");
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
