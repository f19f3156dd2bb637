package dev.marquee.application.audit;

import dev.marquee.domain.audit.AuditEvent;
import dev.marquee.domain.audit.Origin;
import dev.marquee.domain.port.in.RecordAdminActionUseCase;
import dev.marquee.domain.port.out.AuditTrail;
import java.util.Map;

/** Writes administrators' changes to the audit trail. */
public final class AuditService implements RecordAdminActionUseCase {

    private final AuditTrail audit;

    public AuditService(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void recordAdminWrite(
            long adminUserId,
            String adminUsername,
            String method,
            String path,
            int status,
            Origin origin) {
        audit.record(
                new AuditEvent(
                        adminUserId,
                        adminUsername,
                        AuditEvent.ADMIN_WRITE,
                        "resource",
                        path,
                        origin,
                        Map.of("method", method, "status", String.valueOf(status))));
    }
}
