package dev.marquee.application.fakes;

import dev.marquee.domain.port.out.UserRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.user.Profile;
import dev.marquee.domain.user.User;
import dev.marquee.domain.user.UserDetails;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.user.Username;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A UserRepository in memory: usernames and e-mails unique regardless of case; only save() persists
 * a change; a profile may name only genres made known with knowGenres(); delete() also runs the
 * registered cascades.
 */
public final class InMemoryUserRepository implements UserRepository {

    private final Clock clock;
    private final Map<Long, Stored> accounts = new TreeMap<>();
    private final Map<Long, Profile> profiles = new TreeMap<>();
    private final Set<Long> genres = new HashSet<>();
    private final List<Consumer<UserId>> deleteCascades = new ArrayList<>();
    private long nextId = 1;
    private int saves;

    public InMemoryUserRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(accounts.get(id.value())).map(Stored::toUser);
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return accounts.values().stream()
                .filter(
                        stored ->
                                stored.state.username().value().equalsIgnoreCase(username.value()))
                .findFirst()
                .map(Stored::toUser);
    }

    @Override
    public Optional<User> findByLogin(String login) {
        return accounts.values().stream()
                .filter(
                        stored ->
                                stored.state.username().value().equalsIgnoreCase(login)
                                        || stored.state.email() != null
                                                && stored.state
                                                        .email()
                                                        .value()
                                                        .equalsIgnoreCase(login))
                .findFirst()
                .map(Stored::toUser);
    }

    @Override
    public User add(UserDetails user) {
        requireUnique(user, 0);
        long id = nextId++;
        Instant now = clock.instant();
        Stored stored = new Stored(id, user, now, now);
        accounts.put(id, stored);
        return stored.toUser();
    }

    @Override
    public void save(User user) {
        Stored before = requireAccount(user.id());
        UserDetails state =
                new UserDetails(
                        user.username(),
                        user.email(),
                        user.passwordHash(),
                        user.firstName(),
                        user.lastName(),
                        user.roles());
        requireUnique(state, user.id().value());
        accounts.put(
                user.id().value(),
                new Stored(user.id().value(), state, before.createdAt, user.updatedAt()));
        saves++;
    }

    @Override
    public Profile profileOf(UserId id) {
        return profiles.getOrDefault(id.value(), Profile.EMPTY);
    }

    @Override
    public void saveProfile(UserId id, Profile profile) {
        requireAccount(id);
        if (profile.favoriteGenreIds().stream()
                .anyMatch(genre -> !genres.contains(genre.value()))) {
            throw new InvalidInputException("favoriteGenreIds", "contains an id that no genre has");
        }
        profiles.put(id.value(), profile);
    }

    @Override
    public boolean delete(UserId id) {
        if (accounts.remove(id.value()) == null) {
            return false;
        }
        profiles.remove(id.value());
        deleteCascades.forEach(cascade -> cascade.accept(id));
        return true;
    }

    /** Makes these genre ids valid in profiles, as rows of the genres table would. */
    public void knowGenres(long... ids) {
        for (long id : ids) {
            genres.add(id);
        }
    }

    /**
     * Also runs this when an account is deleted, as the database's cascading foreign keys would
     * (its sessions).
     */
    public void onDelete(Consumer<UserId> cascade) {
        deleteCascades.add(cascade);
    }

    /** Every stored account, by id. */
    public List<User> all() {
        return accounts.values().stream().map(Stored::toUser).toList();
    }

    /**
     * The profile saved for this account, empty when none was ever saved (profileOf() then answers
     * EMPTY).
     */
    public Optional<Profile> storedProfile(UserId id) {
        return Optional.ofNullable(profiles.get(id.value()));
    }

    /** How many accounts are stored. */
    public int count() {
        return accounts.size();
    }

    /** How many times save() stored a change. */
    public int saves() {
        return saves;
    }

    private Stored requireAccount(UserId id) {
        Stored stored = accounts.get(id.value());
        if (stored == null) {
            throw new IllegalStateException("no user " + id.value());
        }
        return stored;
    }

    private void requireUnique(UserDetails candidate, long exceptId) {
        for (Stored stored : accounts.values()) {
            if (stored.id == exceptId) {
                continue;
            }
            if (stored.state.username().value().equalsIgnoreCase(candidate.username().value())) {
                throw new ConflictException("duplicate-username", "That username is taken");
            }
            if (stored.state.email() != null
                    && candidate.email() != null
                    && stored.state.email().value().equalsIgnoreCase(candidate.email().value())) {
                throw new ConflictException(
                        "duplicate-email", "That e-mail address is already registered");
            }
        }
    }

    private record Stored(long id, UserDetails state, Instant createdAt, Instant updatedAt) {

        User toUser() {
            return User.restore(new UserId(id), state, createdAt, updatedAt);
        }
    }
}
