package dev.marquee.application.recommendation;

import java.util.Arrays;

/**
 * Numbers movie ids 0, 1, 2... in the order they are first added, in an open-addressing table of
 * primitive longs: what the scorer keys its per-candidate sums by, without boxing an id for each of
 * the thousands of neighbour rows a request walks.
 */
final class MovieSlots {

    private static final long FREE = Long.MIN_VALUE;

    private long[] keys;
    private int[] slots;
    private long[] movies;
    private int size;

    MovieSlots(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, FREE);
        slots = new int[capacity];
        movies = new long[Math.max(16, expected)];
    }

    /** The movie's slot, a new one (the next number) if it had none. */
    int add(long movieId) {
        int at = find(movieId);
        if (keys[at] == movieId) {
            return slots[at];
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
            at = find(movieId);
        }
        keys[at] = movieId;
        slots[at] = size;
        if (size == movies.length) {
            movies = Arrays.copyOf(movies, size * 2);
        }
        movies[size] = movieId;
        return size++;
    }

    /** The movie's slot, or -1 when it has none. */
    int slotOf(long movieId) {
        int at = find(movieId);
        return keys[at] == movieId ? slots[at] : -1;
    }

    int size() {
        return size;
    }

    /** The movie in that slot. */
    long movieId(int slot) {
        return movies[slot];
    }

    private int find(long movieId) {
        if (movieId == FREE) {
            throw new IllegalArgumentException("not a movie id: " + movieId);
        }
        int mask = keys.length - 1;
        int at = mix(movieId) & mask;
        while (keys[at] != FREE && keys[at] != movieId) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        slots = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int at = find(oldKeys[i]);
                keys[at] = oldKeys[i];
                slots[at] = oldSlots[i];
            }
        }
    }

    private static int mix(long movieId) {
        long mixed = movieId * 0x9E37_79B9_7F4A_7C15L;
        return (int) (mixed ^ (mixed >>> 32));
    }
}
