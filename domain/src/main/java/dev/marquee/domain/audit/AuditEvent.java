package dev.marquee.domain.audit;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A security-relevant action: who did it (when known), what, to what, from where. Details never
 * hold a secret (no password, token or hash).
 */
public record AuditEvent(
        @Nullable Long actorUserId,
        @Nullable String actorUsername,
        String action,
        @Nullable String targetType,
        @Nullable String targetId,
        Origin origin,
        Map<String, String> details) {

    public static final String REGISTERED = "user.registered";
    public static final String LOGGED_IN = "session.login";
    public static final String LOGIN_FAILED = "session.login-failed";
    public static final String REFRESH_REUSED = "session.refresh-reused";
    public static final String LOGGED_OUT = "session.logout";
    public static final String PASSWORD_CHANGED = "user.password-changed";
    public static final String EXPORTED = "user.exported";
    public static final String DELETED = "user.deleted";
    public static final String ADMIN_WRITE = "admin.write";

    private static final int MAX_USERNAME = 50;

    public AuditEvent {
        details = Map.copyOf(details);
        if (actorUsername != null && actorUsername.length() > MAX_USERNAME) {
            actorUsername = actorUsername.substring(0, MAX_USERNAME);
        }
    }
}
