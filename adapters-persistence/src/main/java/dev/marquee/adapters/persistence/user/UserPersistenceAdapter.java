package dev.marquee.adapters.persistence.user;

import dev.marquee.adapters.persistence.shared.ConstraintViolations;
import dev.marquee.adapters.persistence.shared.DatabaseTime;
import dev.marquee.adapters.persistence.shared.Rows;
import dev.marquee.adapters.persistence.shared.Sql;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.port.out.UserRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.user.EmailAddress;
import dev.marquee.domain.user.NotificationPreferences;
import dev.marquee.domain.user.Profile;
import dev.marquee.domain.user.Role;
import dev.marquee.domain.user.User;
import dev.marquee.domain.user.UserDetails;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.user.Username;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores accounts and their roles in PostgreSQL. */
@Singleton
public class UserPersistenceAdapter implements UserRepository {

    private static final ConstraintViolations VIOLATIONS =
            ConstraintViolations.of(
                    Map.of(
                            "users_username_lower_unique",
                                    () ->
                                            new ConflictException(
                                                    "duplicate-username", "That username is taken"),
                            "users_email_lower_unique",
                                    () ->
                                            new ConflictException(
                                                    "duplicate-email",
                                                    "That e-mail address is already registered")));

    private static final ConstraintViolations PROFILE_VIOLATIONS =
            ConstraintViolations.of(
                    Map.of(
                            "user_favorite_genres_genre_fk",
                            () ->
                                    new InvalidInputException(
                                            "favoriteGenreIds",
                                            "contains an id that no genre has")));

    private static final String PROFILE =
            """
            select p.bio, p.birth_date,
                   coalesce((p.notification_preferences ->> 'recommendations')::boolean, true) as recommendations,
                   coalesce((p.notification_preferences ->> 'watchlistReleases')::boolean, true) as watchlist_releases,
                   coalesce((p.notification_preferences ->> 'newsletter')::boolean, false) as newsletter,
                   array(select genre_id from user_favorite_genres where user_id = ? order by genre_id) as genre_ids
            from user_profiles p where p.user_id = ?""";

    private static final String SAVE_PROFILE =
            """
            insert into user_profiles (user_id, bio, birth_date, notification_preferences, updated_at)
            values (?, ?, ?, jsonb_build_object('recommendations', ?::boolean, 'watchlistReleases', ?::boolean,
                                                'newsletter', ?::boolean), ?)
            on conflict (user_id) do update set bio = excluded.bio, birth_date = excluded.birth_date,
                notification_preferences = excluded.notification_preferences, updated_at = excluded.updated_at""";

    private final UserRowRepository rows;
    private final Sql sql;
    private final DatabaseTime time;

    public UserPersistenceAdapter(UserRowRepository rows, Sql sql, DatabaseTime time) {
        this.rows = rows;
        this.sql = sql;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<User> findById(UserId id) {
        return rows.findById(id.value()).map(this::toUser);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<User> findByUsername(Username username) {
        return rows.findByUsernameIgnoringCase(username.value()).map(this::toUser);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<User> findByLogin(String login) {
        if (login.indexOf('\u0000') >= 0) {
            return Optional
                    .empty(); // PostgreSQL text cannot hold NUL, so no account has it, and the
            // query would fail
        }
        return rows.findByLogin(login).map(this::toUser);
    }

    @Override
    @Transactional
    public User add(UserDetails user) {
        Instant now = time.now();
        UserRow row =
                VIOLATIONS.translate(
                        () ->
                                rows.save(
                                        new UserRow(
                                                null,
                                                user.username().value(),
                                                user.email() == null ? null : user.email().value(),
                                                user.passwordHash(),
                                                user.firstName(),
                                                user.lastName(),
                                                null,
                                                now,
                                                now)));
        user.roles().forEach(role -> rows.addRole(row.id(), role.name()));
        return User.restore(new UserId(row.id()), user, now, now);
    }

    @Override
    @Transactional
    public void save(User user) {
        long id = user.id().value();
        VIOLATIONS.translate(
                () ->
                        rows.update(
                                id,
                                user.username().value(),
                                user.email() == null ? null : user.email().value(),
                                user.passwordHash(),
                                user.firstName(),
                                user.lastName(),
                                user.updatedAt()));
        user.roles().forEach(role -> rows.addRole(id, role.name()));
    }

    @Override
    @Transactional(readOnly = true)
    public Profile profileOf(UserId id) {
        return sql.one(
                        PROFILE,
                        List.of(id.value(), id.value()),
                        row ->
                                new Profile(
                                        row.getString("bio"),
                                        Rows.date(row, "birth_date"),
                                        Rows.longs(row, "genre_ids").stream()
                                                .map(GenreId::new)
                                                .collect(Collectors.toSet()),
                                        new NotificationPreferences(
                                                row.getBoolean("recommendations"),
                                                row.getBoolean("watchlist_releases"),
                                                row.getBoolean("newsletter"))))
                .orElse(Profile.EMPTY);
    }

    @Override
    @Transactional
    public void saveProfile(UserId id, Profile profile) {
        NotificationPreferences preferences = profile.notificationPreferences();
        sql.update(
                SAVE_PROFILE,
                Arrays.asList(
                        id.value(),
                        profile.bio(),
                        profile.birthDate() == null ? null : Date.valueOf(profile.birthDate()),
                        preferences.recommendations(),
                        preferences.watchlistReleases(),
                        preferences.newsletter(),
                        Timestamp.from(time.now())));
        sql.update("delete from user_favorite_genres where user_id = ?", List.of(id.value()));
        PROFILE_VIOLATIONS.translate(
                () ->
                        profile.favoriteGenreIds()
                                .forEach(
                                        genre ->
                                                sql.update(
                                                        "insert into user_favorite_genres (user_id, genre_id) values (?, ?)",
                                                        List.of(id.value(), genre.value()))));
    }

    @Override
    @Transactional
    public boolean delete(UserId id) {
        if (!rows.existsById(id.value())) {
            return false;
        }
        rows.deleteById(id.value());
        return true;
    }

    private User toUser(UserRow row) {
        Set<Role> roles =
                rows.findRoles(row.id()).stream().map(Role::valueOf).collect(Collectors.toSet());
        UserDetails state =
                new UserDetails(
                        new Username(row.username()),
                        row.email() == null ? null : new EmailAddress(row.email()),
                        row.passwordHash(),
                        row.firstName(),
                        row.lastName(),
                        roles);
        return User.restore(new UserId(row.id()), state, row.createdAt(), row.updatedAt());
    }
}
