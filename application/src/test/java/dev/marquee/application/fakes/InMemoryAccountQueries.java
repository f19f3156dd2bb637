package dev.marquee.application.fakes;

import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.port.out.AccountQueries;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.Profile;
import dev.marquee.domain.user.User;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.AccountExport;
import dev.marquee.domain.view.AccountView;
import dev.marquee.domain.view.Named;
import dev.marquee.domain.view.UserSummary;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * AccountQueries read from an InMemoryUserRepository: no avatars and an empty library (the fakes
 * keep none); a favorite genre is shown as "genre &lt;id&gt;".
 */
public final class InMemoryAccountQueries implements AccountQueries {

    private final InMemoryUserRepository users;
    private final Clock clock;

    public InMemoryAccountQueries(InMemoryUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Optional<AccountView> findView(UserId id) {
        return users.findById(id).map(user -> view(user, users.profileOf(id)));
    }

    @Override
    public Optional<AccountExport> findExport(UserId id) {
        return findView(id)
                .map(
                        account ->
                                new AccountExport(
                                        account, List.of(), List.of(), List.of(), clock.instant()));
    }

    @Override
    public Page<UserSummary> findUsers(@Nullable String username, PageRequest request) {
        List<UserSummary> newestFirst =
                users.all().stream()
                        .filter(
                                user ->
                                        username == null
                                                || user.username()
                                                        .value()
                                                        .equalsIgnoreCase(username))
                        .sorted(
                                Comparator.comparing(User::createdAt)
                                        .thenComparing(user -> user.id().value())
                                        .reversed())
                        .map(
                                user ->
                                        new UserSummary(
                                                user.id().value(),
                                                user.username().value(),
                                                user.email() == null ? null : user.email().value(),
                                                user.roles(),
                                                user.createdAt()))
                        .toList();
        return InMemoryPaging.page(newestFirst, request, Map.of());
    }

    private static AccountView view(User user, Profile profile) {
        List<Named> favoriteGenres =
                profile.favoriteGenreIds().stream()
                        .map(GenreId::value)
                        .sorted()
                        .map(genre -> new Named(genre, "genre " + genre))
                        .toList();
        return new AccountView(
                user.id().value(),
                user.username().value(),
                user.email() == null ? null : user.email().value(),
                user.firstName(),
                user.lastName(),
                null,
                user.roles(),
                profile.bio(),
                profile.birthDate(),
                favoriteGenres,
                profile.notificationPreferences(),
                user.createdAt(),
                user.updatedAt());
    }
}
