package dev.marquee.adapters.persistence.cast;

import dev.marquee.adapters.persistence.shared.Rows;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.view.CastCreditView;
import dev.marquee.domain.view.Named;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The query of cast credits with their characters and actors, and its mapping: shared by cast lists
 * and single credits.
 */
public final class CastCreditViews {

    /** Credits joined with character and actor; append a WHERE on {@code cc}. */
    public static final String SELECT =
            """
            select cc.id, cc.movie_id, cc.role, cc.description, ch.id as character_id, ch.name as character_name,
                   p.id as actor_id, p.first_name as actor_first_name, p.last_name as actor_last_name
            from cast_credits cc
            join characters ch on ch.id = cc.character_id
            join persons p on p.id = cc.actor_id""";

    /** Leading parts first, then in the order they were added. */
    public static final String LEADING_FIRST =
            " order by case cc.role when 'LEADING' then 0 when 'SUPPORTING' then 1 else 2 end, cc.id";

    private CastCreditViews() {}

    public static CastCreditView map(ResultSet row) throws SQLException {
        return new CastCreditView(
                row.getLong("id"),
                row.getLong("movie_id"),
                new Named(row.getLong("character_id"), row.getString("character_name")),
                CastRole.valueOf(row.getString("role")),
                new Named(
                        row.getLong("actor_id"),
                        Rows.displayName(row, "actor_first_name", "actor_last_name")),
                row.getString("description"));
    }
}
