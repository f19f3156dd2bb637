package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.audit.AuditEvent;
import dev.marquee.domain.port.out.AuditTrail;
import dev.marquee.domain.port.out.AuditTrailContract;
import java.util.List;
import java.util.Objects;

class RecordingAuditTrailTest extends AuditTrailContract {

    private final RecordingAuditTrail trail = new RecordingAuditTrail();

    @Override
    protected AuditTrail trail() {
        return trail;
    }

    @Override
    protected List<AuditEvent> recordedFor(long actorUserId) {
        return trail.events().stream()
                .filter(event -> Objects.equals(event.actorUserId(), actorUserId))
                .toList();
    }

    @Override
    protected List<AuditEvent> recordedAbout(String targetId) {
        return trail.events().stream()
                .filter(event -> Objects.equals(event.targetId(), targetId))
                .toList();
    }
}
