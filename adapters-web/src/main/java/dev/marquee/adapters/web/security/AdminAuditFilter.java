package dev.marquee.adapters.web.security;

import dev.marquee.adapters.web.shared.FilterLookups;
import dev.marquee.domain.port.in.RecordAdminActionUseCase;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Writes every successful change made by an administrator to the audit trail: who, what, where
 * from.
 */
@ServerFilter("/api/**")
public class AdminAuditFilter implements Ordered {

    private static final Set<HttpMethod> WRITES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final RecordAdminActionUseCase audit;
    private final ClientAddresses clients;
    private final FilterLookups lookups;

    public AdminAuditFilter(
            RecordAdminActionUseCase audit, ClientAddresses clients, FilterLookups lookups) {
        this.audit = audit;
        this.clients = clients;
        this.lookups = lookups;
    }

    @ResponseFilter
    public CompletableFuture<MutableHttpResponse<?>> record(
            HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!WRITES.contains(request.getMethod()) || response.code() >= 300) {
            return CompletableFuture.completedFuture(response);
        }
        Optional<Authentication> admin =
                request.getUserPrincipal(Authentication.class)
                        .filter(caller -> caller.getRoles().contains(Roles.ADMIN));
        if (admin.isEmpty()) {
            return CompletableFuture.completedFuture(response);
        }
        return lookups.offEventLoop(
                () -> {
                    audit.recordAdminWrite(
                            Callers.userId(admin.get()).value(),
                            Callers.username(admin.get()),
                            request.getMethodName(),
                            request.getPath(),
                            response.code(),
                            clients.origin(request));
                    return response;
                });
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
