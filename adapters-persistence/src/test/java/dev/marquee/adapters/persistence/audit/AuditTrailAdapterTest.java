package dev.marquee.adapters.persistence.audit;

import static dev.marquee.adapters.persistence.SharedContext.query;
import static dev.marquee.adapters.persistence.SharedContext.sql;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.audit.AuditEvent;
import dev.marquee.domain.audit.Origin;
import dev.marquee.domain.port.out.AuditTrail;
import dev.marquee.domain.port.out.AuditTrailContract;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditTrailAdapterTest extends AuditTrailContract {

    private static final String SELECT =
            """
            select actor_user_id, actor_username, action, target_type, target_id, client_address,
                   array(select key from jsonb_each_text(details) order by key) as detail_keys,
                   array(select value from jsonb_each_text(details) order by key) as detail_values
            from audit_log""";

    private final AuditTrail trail = SharedContext.bean(AuditTrail.class);

    @Override
    protected AuditTrail trail() {
        return trail;
    }

    @Override
    protected List<AuditEvent> recordedFor(long actorUserId) {
        return query(
                SELECT + " where actor_user_id = ? order by id",
                AuditTrailAdapterTest::toEvent,
                actorUserId);
    }

    @Override
    protected List<AuditEvent> recordedAbout(String targetId) {
        return query(
                SELECT + " where target_id = ? order by id",
                AuditTrailAdapterTest::toEvent,
                targetId);
    }

    @Test
    void theTrailOutlivesTheAccountItMentions() {
        long user = SharedContext.insertUser();
        trail.record(
                new AuditEvent(
                        user,
                        "leaver",
                        AuditEvent.DELETED,
                        "user",
                        null,
                        Origin.UNKNOWN,
                        Map.of()));

        sql("delete from users where id = ?", user);

        assertThat(recordedFor(user))
                .extracting(AuditEvent::action)
                .containsExactly(AuditEvent.DELETED);
    }

    private static AuditEvent toEvent(ResultSet row) throws SQLException {
        String[] keys = (String[]) row.getArray("detail_keys").getArray();
        String[] values = (String[]) row.getArray("detail_values").getArray();
        Map<String, String> details = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            details.put(keys[i], values[i]);
        }
        long actor = row.getLong("actor_user_id");
        return new AuditEvent(
                row.wasNull() ? null : actor,
                row.getString("actor_username"),
                row.getString("action"),
                row.getString("target_type"),
                row.getString("target_id"),
                new Origin(row.getString("client_address")),
                details);
    }
}
