package dev.marquee.domain.port.in;

import dev.marquee.domain.audit.Origin;

/** Records that an administrator changed something (any successful write by an ADMIN). */
public interface RecordAdminActionUseCase {

    void recordAdminWrite(
            long adminUserId,
            String adminUsername,
            String method,
            String path,
            int status,
            Origin origin);
}
