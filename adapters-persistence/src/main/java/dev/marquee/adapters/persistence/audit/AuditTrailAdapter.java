package dev.marquee.adapters.persistence.audit;

import dev.marquee.adapters.persistence.shared.DatabaseTime;
import dev.marquee.adapters.persistence.shared.Sql;
import dev.marquee.domain.audit.AuditEvent;
import dev.marquee.domain.port.out.AuditTrail;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.util.Arrays;

/** Appends audit events to the audit_log table. */
@Singleton
public class AuditTrailAdapter implements AuditTrail {

    private static final String INSERT =
            """
            insert into audit_log (occurred_at, actor_user_id, actor_username, action, target_type, target_id,
                                   client_address, details)
            values (?, ?, ?, ?, ?, ?, ?, jsonb_object(?::text[], ?::text[]))""";

    private final Sql sql;
    private final DatabaseTime time;

    public AuditTrailAdapter(Sql sql, DatabaseTime time) {
        this.sql = sql;
        this.time = time;
    }

    @Override
    @Transactional
    public void record(AuditEvent event) {
        String[] keys = event.details().keySet().stream().sorted().toArray(String[]::new);
        String[] values = Arrays.stream(keys).map(event.details()::get).toArray(String[]::new);
        sql.update(
                INSERT,
                Arrays.asList(
                        Timestamp.from(time.now()),
                        event.actorUserId(),
                        event.actorUsername(),
                        event.action(),
                        event.targetType(),
                        event.targetId(),
                        event.origin().clientAddress(),
                        keys,
                        values));
    }
}
