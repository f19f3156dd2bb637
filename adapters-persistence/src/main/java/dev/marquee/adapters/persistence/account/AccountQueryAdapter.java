package dev.marquee.adapters.persistence.account;

import dev.marquee.adapters.persistence.shared.DatabaseTime;
import dev.marquee.adapters.persistence.shared.Rows;
import dev.marquee.adapters.persistence.shared.Sql;
import dev.marquee.domain.port.out.AccountQueries;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.NotificationPreferences;
import dev.marquee.domain.user.Role;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.AccountExport;
import dev.marquee.domain.view.AccountView;
import dev.marquee.domain.view.FileView;
import dev.marquee.domain.view.Named;
import dev.marquee.domain.view.UserSummary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Account read models in SQL: the caller's account in one query, the export in four, the admin list
 * in two.
 */
@Singleton
public class AccountQueryAdapter implements AccountQueries {

    private static final String ACCOUNT =
            """
            select u.id, u.username, u.email, u.first_name, u.last_name, u.created_at, u.updated_at,
                   f.id as avatar_id, f.file_name as avatar_file_name, f.mime_type as avatar_mime_type, f.size_bytes as avatar_size,
                   p.bio, p.birth_date,
                   coalesce((p.notification_preferences ->> 'recommendations')::boolean, true) as recommendations,
                   coalesce((p.notification_preferences ->> 'watchlistReleases')::boolean, true) as watchlist_releases,
                   coalesce((p.notification_preferences ->> 'newsletter')::boolean, false) as newsletter,
                   array(select role from user_roles r where r.user_id = u.id order by role) as roles,
                   array(select g.id from user_favorite_genres fg join genres g on g.id = fg.genre_id
                         where fg.user_id = u.id order by g.name) as genre_ids,
                   array(select g.name from user_favorite_genres fg join genres g on g.id = fg.genre_id
                         where fg.user_id = u.id order by g.name) as genre_names
            from users u
            left join user_profiles p on p.user_id = u.id
            left join files f on f.id = u.avatar_file_id
            where u.id = ?""";

    private static final String LIBRARY =
            """
            select m.id as movie_id, m.title, l.added_at from %s l join movies m on m.id = l.movie_id
            where l.user_id = ? order by l.added_at desc, m.id""";

    private static final String RATINGS =
            """
            select m.id as movie_id, m.title, r.score, r.review, r.created_at, r.updated_at
            from ratings r join movies m on m.id = r.movie_id where r.user_id = ? order by r.updated_at desc, m.id""";

    private final Sql sql;
    private final DatabaseTime time;

    public AccountQueryAdapter(Sql sql, DatabaseTime time) {
        this.sql = sql;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountView> findView(UserId id) {
        return sql.one(ACCOUNT, List.of(id.value()), AccountQueryAdapter::toView);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountExport> findExport(UserId id) {
        return findView(id)
                .map(
                        account ->
                                new AccountExport(
                                        account,
                                        sql.list(
                                                LIBRARY.formatted("favorites"),
                                                List.of(id.value()),
                                                AccountQueryAdapter::toListedMovie),
                                        sql.list(
                                                LIBRARY.formatted("watchlist_entries"),
                                                List.of(id.value()),
                                                AccountQueryAdapter::toListedMovie),
                                        sql.list(
                                                RATINGS,
                                                List.of(id.value()),
                                                row ->
                                                        new AccountExport.RatingEntry(
                                                                row.getLong("movie_id"),
                                                                row.getString("title"),
                                                                row.getBigDecimal("score"),
                                                                row.getString("review"),
                                                                Rows.instant(row, "created_at"),
                                                                Rows.instant(row, "updated_at"))),
                                        time.now()));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<UserSummary> findUsers(@Nullable String username, PageRequest request) {
        String where = username == null ? "" : " where lower(u.username) = lower(?)";
        List<Object> parameters = new ArrayList<>();
        if (username != null) {
            parameters.add(username);
        }
        return sql.page(
                "select count(*) from users u" + where,
                "select u.id, u.username, u.email, u.created_at,"
                        + " array(select role from user_roles r where r.user_id = u.id order by role) as roles from users u"
                        + where
                        + " order by u.created_at desc, u.id desc",
                parameters,
                request,
                row ->
                        new UserSummary(
                                row.getLong("id"),
                                row.getString("username"),
                                row.getString("email"),
                                roles(row),
                                Rows.instant(row, "created_at")));
    }

    private static AccountView toView(ResultSet row) throws SQLException {
        List<Long> genreIds = Rows.longs(row, "genre_ids");
        List<String> genreNames = Rows.strings(row, "genre_names");
        List<Named> favoriteGenres = new ArrayList<>();
        for (int i = 0; i < genreIds.size(); i++) {
            favoriteGenres.add(new Named(genreIds.get(i), genreNames.get(i)));
        }
        Long avatarId = Rows.nullableLong(row, "avatar_id");
        FileView avatar =
                avatarId == null
                        ? null
                        : new FileView(
                                avatarId,
                                row.getString("avatar_file_name"),
                                row.getString("avatar_mime_type"),
                                row.getLong("avatar_size"));
        return new AccountView(
                row.getLong("id"),
                row.getString("username"),
                row.getString("email"),
                row.getString("first_name"),
                row.getString("last_name"),
                avatar,
                roles(row),
                row.getString("bio"),
                Rows.date(row, "birth_date"),
                favoriteGenres,
                new NotificationPreferences(
                        row.getBoolean("recommendations"),
                        row.getBoolean("watchlist_releases"),
                        row.getBoolean("newsletter")),
                Rows.instant(row, "created_at"),
                Rows.instant(row, "updated_at"));
    }

    private static Set<Role> roles(ResultSet row) throws SQLException {
        return Rows.strings(row, "roles").stream().map(Role::valueOf).collect(Collectors.toSet());
    }

    private static AccountExport.ListedMovie toListedMovie(ResultSet row) throws SQLException {
        return new AccountExport.ListedMovie(
                row.getLong("movie_id"), row.getString("title"), Rows.instant(row, "added_at"));
    }
}
