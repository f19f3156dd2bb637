package dev.marquee.application.recommendation;

import dev.marquee.application.recommendation.evaluation.TunedSettings;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.in.RecommendMoviesUseCase;
import dev.marquee.domain.port.out.MovieRepository;
import dev.marquee.domain.port.out.RecommendationModels;
import dev.marquee.domain.port.out.RecommendationQueries;
import dev.marquee.domain.port.out.Transactions;
import dev.marquee.domain.recommendation.ContentFeature;
import dev.marquee.domain.recommendation.ModelNeighbours;
import dev.marquee.domain.recommendation.NeighbourKind;
import dev.marquee.domain.recommendation.NeighbourList;
import dev.marquee.domain.recommendation.ReasonType;
import dev.marquee.domain.recommendation.RecommendationFilter;
import dev.marquee.domain.recommendation.RecordedRating;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.MovieSummary;
import dev.marquee.domain.view.PopularPick;
import dev.marquee.domain.view.RecommendationReason;
import dev.marquee.domain.view.RecommendedMovie;
import dev.marquee.domain.view.SavedMovie;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores each request from the user's live history (their last {@value #HISTORY_LIMIT} ratings, and
 * their latest favorites and watchlist entries as ratings above their mean) against the stored
 * model, so a new rating changes the next list; a user without ratings or saved movies, or a
 * database without a model yet, gets popular movies in their favorite genres, else popular overall.
 * Each item's reasons are its positive contributions, largest first; a content contribution names
 * the features the two movies share most.
 */
public final class RecommendationService implements RecommendMoviesUseCase {

    static final int HISTORY_LIMIT = RecommendationScorer.HISTORY_LIMIT;

    /** How many movies one request scores; pages and filters cut from this list. */
    static final int LIST_LIMIT = 500;

    /** How many of the latest favorites and watchlist entries join the history. */
    static final int SAVED_LIMIT = 50;

    /**
     * A favorite counts as a rating this far above the user's mean, a watchlist entry as one this
     * far (neither was evaluated offline: MovieLens has no such lists).
     */
    static final double FAVORITE_LIFT = 1.0;

    static final double WATCHLIST_LIFT = 0.5;

    /** The mean assumed for a user who saved movies but rated none. */
    static final double NO_RATINGS_MEAN = 3.5;

    static final int REASONS_SHOWN = 3;
    private static final String POPULAR_TEXT = "Popular on Marquee";

    private final RecommendationModels models;
    private final RecommendationQueries queries;
    private final MovieRepository movies;
    private final Transactions transactions;
    private final ScoringSettings settings;

    /**
     * Each request reads in one transaction: its history, exclusions and model rows are one
     * consistent read, on one connection, committed once.
     */
    public RecommendationService(
            RecommendationModels models,
            RecommendationQueries queries,
            MovieRepository movies,
            Transactions transactions) {
        this(models, queries, movies, transactions, TunedSettings.SCORING);
    }

    RecommendationService(
            RecommendationModels models,
            RecommendationQueries queries,
            MovieRepository movies,
            Transactions transactions,
            ScoringSettings settings) {
        this.models = models;
        this.queries = queries;
        this.movies = movies;
        this.transactions = transactions;
        this.settings = settings;
    }

    @Override
    public Page<RecommendedMovie> recommendationsFor(
            UserId user, RecommendationFilter filter, PageRequest pageRequest) {
        PageRequest request = SORTABLE.check(pageRequest);
        return transactions.inTransaction(() -> recommend(user, filter, request));
    }

    private Page<RecommendedMovie> recommend(
            UserId user, RecommendationFilter filter, PageRequest request) {
        List<RecordedRating> recent = queries.recentRatings(user, HISTORY_LIMIT);
        List<SavedMovie> saved = queries.savedMovies(user, SAVED_LIMIT);
        if (recent.isEmpty() && saved.isEmpty()) {
            return newcomer(user, filter, request);
        }
        Set<Long> excluded = queries.excludedMovies(user);
        List<RatedMovie> history = new ArrayList<>(recent.size() + saved.size());
        Map<Long, Double> stars = new HashMap<>();
        for (RecordedRating rating : recent) {
            history.add(
                    new RatedMovie(rating.movieId(), rating.stars(), rating.ratedAtEpochSecond()));
            stars.put(rating.movieId(), rating.stars());
        }
        double mean =
                recent.stream()
                        .mapToDouble(RecordedRating::stars)
                        .average()
                        .orElse(NO_RATINGS_MEAN);
        Map<Long, SavedMovie> savedById = new HashMap<>();
        for (SavedMovie movie : saved) {
            if (!stars.containsKey(movie.movieId())) {
                savedById.put(movie.movieId(), movie);
                history.add(
                        new RatedMovie(
                                movie.movieId(),
                                Math.min(
                                        5.0,
                                        mean + (movie.favorite() ? FAVORITE_LIFT : WATCHLIST_LIFT)),
                                movie.savedAtEpochSecond()));
            }
        }
        List<RatedMovie> scoredHistory = RecommendationScorer.scored(history);
        Map<NeighbourKind, List<Long>> sources = new EnumMap<>(NeighbourKind.class);
        sources.put(NeighbourKind.SIMILAR, RecommendationScorer.similarSources(scoredHistory));
        sources.put(
                NeighbourKind.RATED_AFTER,
                RecommendationScorer.ratedAfterSources(scoredHistory, settings));
        ModelNeighbours neighbours = models.neighboursOf(sources);
        ContentAwareLookup model =
                new ContentAwareLookup(
                        NeighbourTable.ofStored(
                                neighbours,
                                models.mostPopular(LIST_LIMIT + excluded.size() + history.size()),
                                settings.popularityWeight() == 0
                                        ? Map.of()
                                        : models.popularityOf(reached(neighbours, sources))),
                        settings.contentWeight() > 0
                                ? models.contentNeighboursOf(sources.get(NeighbourKind.SIMILAR))
                                : List.of());
        RecommendationScorer scorer = new RecommendationScorer(model, settings);
        List<ScoredMovie> ranked = scorer.rank(history, excluded, LIST_LIMIT);
        if (ranked.isEmpty()) {
            return newcomer(user, filter, request);
        }
        if (!filter.isNone()) {
            Set<Long> allowed =
                    queries.matching(ranked.stream().map(ScoredMovie::movieId).toList(), filter);
            ranked = ranked.stream().filter(movie -> allowed.contains(movie.movieId())).toList();
        }
        List<Recommendation> page = scorer.explain(history, slice(ranked, request));
        Set<Long> named = new HashSet<>();
        page.forEach(
                recommendation -> {
                    named.add(recommendation.movieId());
                    recommendation.contributions().stream()
                            .limit(REASONS_SHOWN)
                            .forEach(contribution -> named.add(contribution.becauseOfMovieId()));
                });
        Map<Long, MovieSummary> summaries = queries.summaries(named);
        List<RecommendedMovie> items = new ArrayList<>(page.size());
        for (Recommendation recommendation : page) {
            MovieSummary movie = summaries.get(recommendation.movieId());
            if (movie != null) {
                items.add(
                        new RecommendedMovie(
                                movie,
                                recommendation.score(),
                                reasons(recommendation, summaries, stars, savedById, model)));
            }
        }
        return Page.of(items, request, ranked.size());
    }

    @Override
    public Page<RecommendedMovie> recommendationsOfUser(
            UserId user, RecommendationFilter filter, PageRequest pageRequest) {
        PageRequest request = SORTABLE.check(pageRequest);
        return transactions.inTransaction(
                () -> {
                    if (!queries.userExists(user)) {
                        throw new NotFoundException("user", user.value());
                    }
                    return recommend(user, filter, request);
                });
    }

    /**
     * The movie's collaborative neighbours, strongest first, then its content neighbours not
     * already listed, strongest first: a movie too little rated for the first still gets the
     * second.
     */
    @Override
    public Page<MovieSummary> similarTo(MovieId movie, PageRequest pageRequest) {
        PageRequest request = SORTABLE.check(pageRequest);
        return transactions.inTransaction(() -> similar(movie, request));
    }

    private Page<MovieSummary> similar(MovieId movie, PageRequest request) {
        if (!movies.exists(movie)) {
            throw new NotFoundException("movie", movie.value());
        }
        Set<Long> listed = new LinkedHashSet<>();
        NeighbourList neighbours =
                models.neighboursOf(Map.of(NeighbourKind.SIMILAR, List.of(movie.value())))
                        .of(NeighbourKind.SIMILAR, movie.value());
        for (int i = 0; i < neighbours.size(); i++) {
            listed.add(neighbours.movieId(i));
        }
        models.contentNeighboursOf(List.of(movie.value()))
                .forEach(row -> listed.add(row.neighbourId()));
        List<Long> similar = List.copyOf(listed);
        List<Long> page = slice(similar, request);
        Map<Long, MovieSummary> summaries = queries.summaries(page);
        return Page.of(
                page.stream().map(summaries::get).filter(summary -> summary != null).toList(),
                request,
                similar.size());
    }

    @Override
    public void dismiss(UserId user, MovieId movie) {
        if (!movies.exists(movie)) {
            throw new NotFoundException("movie", movie.value());
        }
        queries.dismiss(user, movie);
    }

    @Override
    public void undoDismissal(UserId user, MovieId movie) {
        queries.undoDismissal(user, movie);
    }

    /** Every movie the lists read for these sources lead to. */
    private static Set<Long> reached(
            ModelNeighbours neighbours, Map<NeighbourKind, List<Long>> sources) {
        Set<Long> reached = new HashSet<>();
        sources.forEach(
                (kind, movies) -> {
                    for (long movie : movies) {
                        NeighbourList list = neighbours.of(kind, movie);
                        for (int i = 0; i < list.size(); i++) {
                            reached.add(list.movieId(i));
                        }
                    }
                });
        return reached;
    }

    private Page<RecommendedMovie> newcomer(
            UserId user, RecommendationFilter filter, PageRequest request) {
        return queries.popularForNewcomer(user, filter, request)
                .map(RecommendationService::popular);
    }

    private static RecommendedMovie popular(PopularPick pick) {
        RecommendationReason reason =
                pick.genreId() == null
                        ? new RecommendationReason(ReasonType.POPULAR, POPULAR_TEXT, null, null)
                        : new RecommendationReason(
                                ReasonType.POPULAR_IN_GENRE,
                                "Popular in " + pick.genreName(),
                                null,
                                pick.genreId());
        return new RecommendedMovie(pick.movie(), pick.movie().popularity(), List.of(reason));
    }

    private static List<RecommendationReason> reasons(
            Recommendation recommendation,
            Map<Long, MovieSummary> summaries,
            Map<Long, Double> stars,
            Map<Long, SavedMovie> saved,
            ContentAwareLookup model) {
        List<RecommendationReason> reasons = new ArrayList<>();
        for (Contribution contribution : recommendation.contributions()) {
            if (reasons.size() == REASONS_SHOWN || contribution.amount() <= 0) {
                break;
            }
            MovieSummary because = summaries.get(contribution.becauseOfMovieId());
            switch (contribution.source()) {
                case SIMILAR_TO_RATED -> {
                    SavedMovie savedMovie = saved.get(contribution.becauseOfMovieId());
                    if (because != null && savedMovie != null) {
                        reasons.add(savedReason(because, savedMovie.favorite()));
                    } else if (because != null) {
                        reasons.add(
                                new RecommendationReason(
                                        ReasonType.SIMILAR_TO_RATED,
                                        "Because you rated "
                                                + because.title()
                                                + " "
                                                + stars(stars.get(because.id())),
                                        because.id(),
                                        null));
                    }
                }
                case RATED_AFTER -> {
                    if (because != null) {
                        reasons.add(
                                new RecommendationReason(
                                        ReasonType.RATED_AFTER,
                                        "People who rated "
                                                + because.title()
                                                + " rated this soon after",
                                        because.id(),
                                        null));
                    }
                }
                case SIMILAR_CONTENT -> {
                    if (because != null) {
                        reasons.add(
                                contentReason(
                                        because,
                                        model.sharedFeatures(
                                                because.id(), recommendation.movieId()),
                                        stars.get(because.id()),
                                        saved.get(because.id())));
                    }
                }
                case POPULAR ->
                        reasons.add(
                                new RecommendationReason(
                                        ReasonType.POPULAR, POPULAR_TEXT, null, null));
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(new RecommendationReason(ReasonType.POPULAR, POPULAR_TEXT, null, null));
        }
        return reasons;
    }

    /**
     * A content reason names what the pair shares most: the cast member when that is the strongest
     * shared feature ("With Al Pacino, as in Heat"), else the history movie and the shared keywords
     * and genres ("Like Heat, which you rated 4.5: heist, los angeles").
     */
    private static RecommendationReason contentReason(
            MovieSummary because,
            List<ContentFeature> shared,
            Double rating,
            SavedMovie savedMovie) {
        if (!shared.isEmpty() && shared.get(0).kind() == ContentFeature.Kind.CAST) {
            ContentFeature person = shared.get(0);
            return new RecommendationReason(
                    ReasonType.SAME_CAST,
                    "With " + person.name() + ", as in " + because.title(),
                    because.id(),
                    null,
                    person.id());
        }
        String how =
                rating != null
                        ? ", which you rated " + stars(rating)
                        : savedMovie != null && savedMovie.favorite()
                                ? ", one of your favorites"
                                : savedMovie != null ? ", on your watchlist" : "";
        List<String> names =
                shared.stream()
                        .filter(feature -> feature.kind() != ContentFeature.Kind.CAST)
                        .map(ContentFeature::name)
                        .toList();
        return new RecommendationReason(
                ReasonType.SIMILAR_CONTENT,
                "Like "
                        + because.title()
                        + how
                        + (names.isEmpty() ? "" : ": " + String.join(", ", names)),
                because.id(),
                null);
    }

    private static RecommendationReason savedReason(MovieSummary because, boolean favorite) {
        return favorite
                ? new RecommendationReason(
                        ReasonType.SIMILAR_TO_FAVORITE,
                        "Because " + because.title() + " is one of your favorites",
                        because.id(),
                        null)
                : new RecommendationReason(
                        ReasonType.SIMILAR_TO_WATCHLISTED,
                        "Because " + because.title() + " is on your watchlist",
                        because.id(),
                        null);
    }

    private static String stars(Double rating) {
        return BigDecimal.valueOf(rating).stripTrailingZeros().toPlainString();
    }

    private static <T> List<T> slice(List<T> list, PageRequest request) {
        int from = (int) Math.min(list.size(), request.offset());
        return list.subList(from, Math.min(list.size(), from + request.size()));
    }
}
