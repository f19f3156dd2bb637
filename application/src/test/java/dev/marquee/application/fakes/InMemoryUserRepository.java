package dev.marquee.application.fakes;

import dev.marquee.domain.port.out.UserRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.user.NewUser;
import dev.marquee.domain.user.User;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.user.Username;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A UserRepository in memory: usernames and e-mails unique regardless of case; only save() persists a change. */
public final class InMemoryUserRepository implements UserRepository {

    private final Clock clock;
    private final Map<Long, Stored> accounts = new TreeMap<>();
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
                .filter(stored -> stored.state.username().value().equalsIgnoreCase(username.value()))
                .findFirst()
                .map(Stored::toUser);
    }

    @Override
    public Optional<User> findByLogin(String login) {
        return accounts.values().stream()
                .filter(stored -> stored.state.username().value().equalsIgnoreCase(login)
                        || stored.state.email() != null && stored.state.email().value().equalsIgnoreCase(login))
                .findFirst()
                .map(Stored::toUser);
    }

    @Override
    public User add(NewUser user) {
        requireUnique(user, 0);
        long id = nextId++;
        Instant now = clock.instant();
        Stored stored = new Stored(id, user, now, now);
        accounts.put(id, stored);
        return stored.toUser();
    }

    @Override
    public void save(User user) {
        Stored before = accounts.get(user.id().value());
        if (before == null) {
            throw new IllegalStateException("no user " + user.id().value() + " to save");
        }
        NewUser state = new NewUser(user.username(), user.email(), user.passwordHash(), user.firstName(),
                user.lastName(), user.roles());
        requireUnique(state, user.id().value());
        accounts.put(user.id().value(), new Stored(user.id().value(), state, before.createdAt, user.updatedAt()));
        saves++;
    }

    /** How many accounts are stored. */
    public int count() {
        return accounts.size();
    }

    /** How many times save() stored a change. */
    public int saves() {
        return saves;
    }

    private void requireUnique(NewUser candidate, long exceptId) {
        for (Stored stored : accounts.values()) {
            if (stored.id == exceptId) {
                continue;
            }
            if (stored.state.username().value().equalsIgnoreCase(candidate.username().value())) {
                throw new ConflictException("duplicate-username", "That username is taken");
            }
            if (stored.state.email() != null && candidate.email() != null
                    && stored.state.email().value().equalsIgnoreCase(candidate.email().value())) {
                throw new ConflictException("duplicate-email", "That e-mail address is already registered");
            }
        }
    }

    private record Stored(long id, NewUser state, Instant createdAt, Instant updatedAt) {

        User toUser() {
            return User.restore(new UserId(id), state, createdAt, updatedAt);
        }
    }
}
