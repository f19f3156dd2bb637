package dev.marquee.domain.audit;

import org.jspecify.annotations.Nullable;

/** Where a request came from, as the audit trail records it. */
public record Origin(@Nullable String clientAddress) {

    public static final Origin UNKNOWN = new Origin(null);
}
