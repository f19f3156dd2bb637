package dev.marquee.bootstrap.cli;

import dev.marquee.bootstrap.Marquee;
import dev.marquee.bootstrap.infrastructure.Infrastructure;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The application without its HTTP server, for a command: the database the server would use
 * (configured, or the embedded one, attached to when a running Marquee serves it), its migrations
 * applied, the services wired.
 */
final class CommandContext implements AutoCloseable {

    private final Infrastructure infrastructure;
    private final ApplicationContext context;

    private CommandContext(Infrastructure infrastructure, ApplicationContext context) {
        this.infrastructure = infrastructure;
        this.context = context;
    }

    static CommandContext start(CommandEnvironment environment) {
        Infrastructure infrastructure = Infrastructure.startDatabase(environment.settings());
        try {
            environment.out().println("Database: " + infrastructure.databaseDescription());
            Map<String, Object> properties = new HashMap<>(infrastructure.properties());
            // The security module wants a signing secret to start; a command signs no token, so any
            // random one does.
            properties.put(
                    "micronaut.security.token.jwt.signatures.secret.generator.secret",
                    throwawaySecret());
            // The server's statement and socket timeouts keep requests from waiting out a stalled
            // database; a bulk
            // statement of an import may rightly take longer, and nobody waits on it but the
            // command itself.
            properties.put(
                    "datasources.default.data-source-properties.options", "-c statement_timeout=0");
            properties.put("datasources.default.data-source-properties.socketTimeout", "0");
            ApplicationContext context =
                    ApplicationContext.builder()
                            .mainClass(Marquee.class)
                            .environments(Environment.CLI)
                            .properties(properties)
                            .start();
            return new CommandContext(infrastructure, context);
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
    }

    private static String throwawaySecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        if (context.isRunning()) {
            context.close();
        }
        infrastructure.close();
    }
}
