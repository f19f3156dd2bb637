package dev.marquee.bootstrap;

import dev.marquee.bootstrap.cli.CommandEnvironment;
import dev.marquee.bootstrap.cli.MarqueeCommandLine;
import dev.marquee.bootstrap.infrastructure.Infrastructure;
import dev.marquee.bootstrap.infrastructure.RuntimeSettings;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.EmbeddedApplication;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Marquee: the infrastructure it is given or embeds, then the application on top of it; or
 * runs a command.
 */
public final class Marquee {

    /**
     * A logging level for commands, whose output is their progress and summary, not the framework's
     * start-up.
     */
    private static final String LOG_LEVEL_PROPERTY = "MARQUEE_LOG_LEVEL";

    private Marquee() {}

    public static void main(String[] args) {
        if (args.length > 0
                && System.getProperty(LOG_LEVEL_PROPERTY) == null
                && System.getenv(LOG_LEVEL_PROPERTY) == null) {
            System.setProperty(LOG_LEVEL_PROPERTY, "WARN");
        }
        int exitCode =
                MarqueeCommandLine.execute(args, CommandEnvironment.ofProcess(), Marquee::serve);
        if (exitCode != MarqueeCommandLine.SERVING) {
            System.exit(exitCode);
        }
    }

    private static void serve() {
        RunningMarquee running;
        try {
            running = start(RuntimeSettings.fromEnvironment(), Map.of());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Marquee.class)
                    .error("Marquee could not start: {}", e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "marquee-stop"));
    }

    /**
     * Starts the application over its infrastructure; tests start it this way too, adding
     * properties of their own. The caller owns the only way to stop it, {@link
     * RunningMarquee#close()} (Micronaut's own runner is not used because its shutdown hook would
     * race, and deadlock, with the one that stops the embedded servers).
     */
    public static RunningMarquee start(
            RuntimeSettings settings, Map<String, Object> extraProperties, String... args) {
        Logger log = LoggerFactory.getLogger(Marquee.class);
        long started = System.nanoTime();
        Infrastructure infrastructure = Infrastructure.start(settings);
        Map<String, Object> properties = new HashMap<>(infrastructure.properties());
        properties.putAll(extraProperties);
        ApplicationContext context = null;
        try {
            context =
                    ApplicationContext.builder()
                            .mainClass(Marquee.class)
                            .args(args)
                            .properties(properties)
                            .start();
            EmbeddedApplication<?> application = context.getBean(EmbeddedApplication.class);
            application.start();
            if (application instanceof EmbeddedServer server) {
                log.info(
                        "Marquee ready in {} ms at {}",
                        (System.nanoTime() - started) / 1_000_000,
                        server.getURL());
            }
            return new RunningMarquee(context, infrastructure);
        } catch (RuntimeException e) {
            new RunningMarquee(context, infrastructure).close();
            throw e;
        }
    }

    /**
     * A started application and the embedded servers under it; closing stops both, the application
     * first.
     */
    public record RunningMarquee(ApplicationContext context, Infrastructure infrastructure)
            implements AutoCloseable {

        @Override
        public void close() {
            if (context != null && context.isRunning()) {
                context.close();
            }
            infrastructure.close();
        }
    }
}
