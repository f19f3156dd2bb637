package dev.marquee.adapters.persistence.cast;

import dev.marquee.adapters.persistence.shared.Sql;
import dev.marquee.domain.cast.CastCreditId;
import dev.marquee.domain.port.out.CastQueries;
import dev.marquee.domain.view.CastCreditView;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Reads a cast credit from PostgreSQL in one query. */
@Singleton
public class CastQueryAdapter implements CastQueries {

    private final Sql sql;

    public CastQueryAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CastCreditView> findView(CastCreditId id) {
        return sql.one(
                CastCreditViews.SELECT + " where cc.id = ?",
                List.of(id.value()),
                CastCreditViews::map);
    }
}
