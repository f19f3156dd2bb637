package dev.marquee.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.audit.AuditEvent;
import dev.marquee.domain.audit.Origin;
import dev.marquee.domain.port.out.fakes.RecordingAuditTrail;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditServiceTest {

    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final AuditService service = new AuditService(audit);

    @Test
    void anAdminWriteIsRecordedWithActorMethodPathStatusAndOrigin() {
        Origin origin = new Origin("203.0.113.5");

        service.recordAdminWrite(1, "root", "DELETE", "/api/v1/movies/42", 204, origin);

        assertThat(audit.events())
                .singleElement()
                .satisfies(
                        event -> {
                            assertThat(event.action()).isEqualTo(AuditEvent.ADMIN_WRITE);
                            assertThat(event.actorUserId()).isEqualTo(1L);
                            assertThat(event.actorUsername()).isEqualTo("root");
                            assertThat(event.targetId()).isEqualTo("/api/v1/movies/42");
                            assertThat(event.details())
                                    .isEqualTo(Map.of("method", "DELETE", "status", "204"));
                            assertThat(event.origin()).isEqualTo(origin);
                        });
    }
}
