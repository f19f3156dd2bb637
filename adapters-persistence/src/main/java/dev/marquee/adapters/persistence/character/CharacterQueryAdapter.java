package dev.marquee.adapters.persistence.character;

import dev.marquee.adapters.persistence.movie.MovieSummaries;
import dev.marquee.adapters.persistence.shared.Rows;
import dev.marquee.adapters.persistence.shared.Sql;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.port.out.CharacterQueries;
import dev.marquee.domain.view.CharacterView;
import dev.marquee.domain.view.Named;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads a character's page from PostgreSQL with every appearance, in two queries. */
@Singleton
public class CharacterQueryAdapter implements CharacterQueries {

    private static final String APPEARANCES =
            "select "
                    + MovieSummaries.COLUMNS
                    + """
            , cc.role, p.id as actor_id, p.first_name as actor_first_name, p.last_name as actor_last_name
            from cast_credits cc join movies m on m.id = cc.movie_id join persons p on p.id = cc.actor_id
            where cc.character_id = ? order by m.release_date nulls last, m.id, cc.id""";

    private final CharacterRowRepository rows;
    private final Sql sql;

    public CharacterQueryAdapter(CharacterRowRepository rows, Sql sql) {
        this.rows = rows;
        this.sql = sql;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CharacterView> findView(CharacterId id) {
        return rows.findById(id.value())
                .map(
                        row ->
                                new CharacterView(
                                        row.id(),
                                        row.name(),
                                        row.description(),
                                        sql.list(
                                                APPEARANCES,
                                                List.of(id.value()),
                                                CharacterQueryAdapter::appearance)));
    }

    private static CharacterView.Appearance appearance(ResultSet row) throws SQLException {
        return new CharacterView.Appearance(
                MovieSummaries.map(row),
                new Named(
                        row.getLong("actor_id"),
                        Rows.displayName(row, "actor_first_name", "actor_last_name")),
                CastRole.valueOf(row.getString("role")));
    }
}
