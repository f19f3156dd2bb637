package dev.marquee.adapters.persistence.recommendation;

import static dev.marquee.adapters.persistence.SharedContext.sql;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.port.out.RecommendationModels;
import dev.marquee.domain.port.out.RecommendationModelsContract;
import java.sql.Timestamp;
import java.time.Instant;

class RecommendationModelAdapterTest extends RecommendationModelsContract {

    private final RecommendationModels models = SharedContext.bean(RecommendationModels.class);

    @Override
    protected RecommendationModels models() {
        return models;
    }

    @Override
    protected long existingMovie() {
        return SharedContext.insertMovie("Modelled");
    }

    @Override
    protected void rate(long movie, double stars, long atEpochSecond) {
        Timestamp at = Timestamp.from(Instant.ofEpochSecond(atEpochSecond));
        sql(
                "insert into ratings (user_id, movie_id, score, created_at, updated_at) values (?, ?, ?, ?, ?)",
                SharedContext.insertUser(),
                movie,
                new java.math.BigDecimal(Double.toString(stars)),
                at,
                at);
    }
}
