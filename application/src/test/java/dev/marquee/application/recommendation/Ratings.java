package dev.marquee.application.recommendation;

import java.util.ArrayList;
import java.util.List;

/** A small rating fixture written as (user, movie, stars, time) rows. */
public final class Ratings {

    private final List<RatingEvent> events = new ArrayList<>();

    public static Ratings of() {
        return new Ratings();
    }

    public Ratings add(long user, long movie, double stars, long time) {
        events.add(new RatingEvent(user, movie, stars, time));
        return this;
    }

    public Interactions over(long... movieIds) {
        return Interactions.of(Catalogue.of(movieIds), events);
    }

    public List<RatingEvent> events() {
        return List.copyOf(events);
    }
}
