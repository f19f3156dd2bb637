package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.audit.AuditEvent;
import dev.marquee.domain.audit.Origin;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What every AuditTrail must do, run against the recording fake and PostgreSQL. */
public abstract class AuditTrailContract extends ContractSupport {

    protected abstract AuditTrail trail();

    /** Every event the trail holds for this actor, oldest first. */
    protected abstract List<AuditEvent> recordedFor(long actorUserId);

    /** Every event the trail holds with this target id, oldest first. */
    protected abstract List<AuditEvent> recordedAbout(String targetId);

    @Test
    void keepsEveryFieldAndDetailOfAnEventInOrder() {
        long actor = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        AuditEvent first =
                new AuditEvent(
                        actor,
                        "ada",
                        AuditEvent.ADMIN_WRITE,
                        "movie",
                        "42",
                        new Origin("203.0.113.9"),
                        Map.of("method", "PUT", "status", "200"));
        AuditEvent second =
                new AuditEvent(
                        actor, "ada", AuditEvent.LOGGED_OUT, null, null, Origin.UNKNOWN, Map.of());

        trail().record(first);
        trail().record(second);

        assertThat(recordedFor(actor)).containsExactly(first, second);
    }

    @Test
    void recordsEventsWithoutAKnownActor() {
        String target = "login-" + unique();
        AuditEvent failed =
                new AuditEvent(
                        null,
                        null,
                        AuditEvent.LOGIN_FAILED,
                        "login",
                        target,
                        new Origin("198.51.100.1"),
                        Map.of("reason", "bad-password"));

        trail().record(failed);

        assertThat(recordedAbout(target)).containsExactly(failed);
    }
}
