package dev.marquee.application.recommendation.evaluation;

import dev.marquee.application.recommendation.UserHistory;
import java.util.Arrays;

/** Picks the best-scored items a user has not rated; equal scores go to the lower item number. */
final class TopItems {

    private TopItems() {}

    static int[] of(double[] scores, UserHistory rated, int count) {
        if (count <= 0) {
            return new int[0];
        }
        boolean[] excluded = new boolean[scores.length];
        for (int i = 0; i < rated.size(); i++) {
            excluded[rated.item(i)] = true;
        }
        int[] best = new int[Math.min(count, scores.length)];
        int size = 0;
        for (int item = 0; item < scores.length; item++) {
            if (excluded[item]
                    || (size == best.length && !(scores[item] > scores[best[size - 1]]))) {
                continue;
            }
            int position = size == best.length ? size - 1 : size++;
            while (position > 0 && scores[item] > scores[best[position - 1]]) {
                best[position] = best[position - 1];
                position--;
            }
            best[position] = item;
        }
        return Arrays.copyOf(best, size);
    }
}
