package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.audit.AuditEvent;
import dev.marquee.domain.port.out.AuditTrail;
import java.util.ArrayList;
import java.util.List;

/** An AuditTrail that keeps every event in order. */
public final class RecordingAuditTrail implements AuditTrail {

    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    /** Every recorded event, oldest first. */
    public List<AuditEvent> events() {
        return List.copyOf(events);
    }

    /** The action of every recorded event, oldest first. */
    public List<String> actions() {
        return events.stream().map(AuditEvent::action).toList();
    }

    /** The recorded events with this action, oldest first. */
    public List<AuditEvent> withAction(String action) {
        return events.stream().filter(event -> event.action().equals(action)).toList();
    }
}
