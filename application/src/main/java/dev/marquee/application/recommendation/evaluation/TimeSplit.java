package dev.marquee.application.recommendation.evaluation;

import dev.marquee.application.recommendation.Interactions;
import dev.marquee.application.recommendation.UserHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Each user's most recent ratings held out: the last {@code heldOutShare} of them (at least one),
 * and the held-out movies rated {@code relevantFrom} or more are the ones a good list should find.
 */
public record TimeSplit(Interactions training, List<int[]> relevant) {

    public static final double HELD_OUT_SHARE = 0.2;
    public static final double RELEVANT_FROM = 4.0;

    public static TimeSplit of(Interactions all) {
        return of(all, HELD_OUT_SHARE, RELEVANT_FROM);
    }

    public static TimeSplit of(Interactions all, double heldOutShare, double relevantFrom) {
        List<int[]> relevant = new ArrayList<>(all.userCount());
        Interactions training =
                all.map(user -> user.first(trainingSize(user.size(), heldOutShare)));
        for (UserHistory user : all.users()) {
            UserHistory heldOut = user.from(trainingSize(user.size(), heldOutShare));
            relevant.add(
                    IntStream.range(0, heldOut.size())
                            .filter(i -> heldOut.rating(i) >= relevantFrom)
                            .map(heldOut::item)
                            .sorted()
                            .toArray());
        }
        return new TimeSplit(training, List.copyOf(relevant));
    }

    /**
     * Ratings kept for training: the first floor((1 - share) * n), but one fewer when that would
     * hold out none.
     */
    static int trainingSize(int ratings, double heldOutShare) {
        int kept = (int) Math.floor(ratings * (1 - heldOutShare) + 1e-9);
        return ratings > 1 && kept == ratings ? ratings - 1 : kept;
    }

    /** The users a score is averaged over: those with at least one relevant held-out movie. */
    public int[] evaluatedUsers() {
        return IntStream.range(0, relevant.size())
                .filter(u -> relevant.get(u).length > 0)
                .toArray();
    }
}
