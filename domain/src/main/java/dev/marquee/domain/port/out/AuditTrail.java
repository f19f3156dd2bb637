package dev.marquee.domain.port.out;

import dev.marquee.domain.audit.AuditEvent;

/** Appends security-relevant actions to a trail that outlives the accounts it mentions. */
public interface AuditTrail {

    void record(AuditEvent event);
}
