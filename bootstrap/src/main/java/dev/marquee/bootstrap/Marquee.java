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
        start(RuntimeSettings.fromEnvironment(), Map.of(), args);
    }

    /**
     * Starts the application; the returned context stops the embedded servers when it stops. Tests start it
     * this way too, adding properties of their own.
     */
    public static ApplicationContext start(RuntimeSettings settings, Map<String, Object> extraProperties, String... args) {
        Infrastructure infrastructure = Infrastructure.start(settings);
        Map<String, Object> properties = new HashMap<>(infrastructure.properties());
        properties.putAll(extraProperties);
        try {
            ApplicationContext context = Micronaut.build(args)
                    .mainClass(Marquee.class)
                    .properties(properties)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "embedded-infrastructure-stop"));
            return context;
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
    }
}
