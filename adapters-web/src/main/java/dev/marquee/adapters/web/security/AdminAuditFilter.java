package dev.marquee.adapters.web.security;

import dev.marquee.domain.port.in.RecordAdminActionUseCase;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.util.Set;

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

    public AdminAuditFilter(RecordAdminActionUseCase audit, ClientAddresses clients) {
        this.audit = audit;
        this.clients = clients;
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void record(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!WRITES.contains(request.getMethod()) || response.code() >= 300) {
            return;
        }
        request.getUserPrincipal(Authentication.class)
                .filter(caller -> caller.getRoles().contains(Roles.ADMIN))
                .ifPresent(
                        admin ->
                                audit.recordAdminWrite(
                                        Callers.userId(admin).value(),
                                        Callers.username(admin),
                                        request.getMethodName(),
                                        request.getPath(),
                                        response.code(),
                                        clients.origin(request)));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
