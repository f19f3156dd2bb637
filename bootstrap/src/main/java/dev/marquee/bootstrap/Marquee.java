package dev.marquee.bootstrap;

import dev.marquee.bootstrap.infrastructure.Infrastructure;
import dev.marquee.bootstrap.infrastructure.RuntimeSettings;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.util.HashMap;
import java.util.Map;

/** Starts Marquee: the infrastructure it is given or embeds, then the application on top of it. */
public final class Marquee {

    private Marquee() {
    }

    public static void main(String[] args) {
        RunningMarquee running = start(RuntimeSettings.fromEnvironment(), Map.of(), args);
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "marquee-stop"));
    }

    /** Starts the application over its infrastructure; tests start it this way too, adding properties of their own. */
    public static RunningMarquee start(RuntimeSettings settings, Map<String, Object> extraProperties, String... args) {
        Infrastructure infrastructure = Infrastructure.start(settings);
        Map<String, Object> properties = new HashMap<>(infrastructure.properties());
        properties.putAll(extraProperties);
        try {
            ApplicationContext context = Micronaut.build(args)
                    .mainClass(Marquee.class)
                    .properties(properties)
                    .start();
            return new RunningMarquee(context, infrastructure);
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
    }

    /** A started application and the embedded servers under it; closing stops both, the application first. */
    public record RunningMarquee(ApplicationContext context, Infrastructure infrastructure) implements AutoCloseable {

        @Override
        public void close() {
            if (context.isRunning()) {
                context.close();
            }
            infrastructure.close();
        }
    }
}
