package dev.marquee.adapters.persistence;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock the application's bootstrap provides in production. */
@Factory
class TestClockFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
