package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.port.out.RecommendationQueries;
import dev.marquee.domain.port.out.RecommendationQueriesContract;
import dev.marquee.domain.recommendation.RecordedRating;
import dev.marquee.domain.user.UserId;
import java.util.Set;

class InMemoryRecommendationQueriesTest extends RecommendationQueriesContract {

    private final InMemoryRecommendationQueries queries = new InMemoryRecommendationQueries();
    private long ids;

    @Override
    protected RecommendationQueries queries() {
        return queries;
    }

    @Override
    protected UserId existingUser() {
        queries.knowUser(++ids);
        return new UserId(ids);
    }

    @Override
    protected long existingMovie(String title, int year, Long genre, double popularity) {
        queries.knowMovie(++ids, title, year, genre == null ? Set.of() : Set.of(genre), popularity);
        return ids;
    }

    @Override
    protected long existingGenre(String name) {
        queries.knowGenre(++ids, name);
        return ids;
    }

    @Override
    protected void rate(UserId user, long movie, double stars, long atEpochSecond) {
        queries.rate(new RecordedRating(user.value(), movie, stars, atEpochSecond));
    }

    @Override
    protected void favorite(UserId user, long movie) {
        queries.favorite(user.value(), movie);
    }

    @Override
    protected void watchlist(UserId user, long movie) {
        queries.watchlist(user.value(), movie);
    }

    @Override
    protected void likeGenre(UserId user, long genre) {
        queries.likeGenre(user.value(), genre);
    }
}
