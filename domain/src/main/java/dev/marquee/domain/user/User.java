package dev.marquee.domain.user;

import dev.marquee.domain.shared.Text;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person's account: how they log in, what they may do, and their names. */
public final class User {

    private final UserId id;
    private final Username username;
    private @Nullable EmailAddress email;
    private @Nullable String passwordHash;
    private @Nullable String firstName;
    private @Nullable String lastName;
    private final Set<Role> roles;
    private final Instant createdAt;
    private Instant updatedAt;

    private User(UserId id, UserDetails state, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.username = state.username();
        this.email = state.email();
        this.passwordHash = state.passwordHash();
        this.firstName = state.firstName();
        this.lastName = state.lastName();
        this.roles = EnumSet.copyOf(state.roles());
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    public static User restore(UserId id, UserDetails state, Instant createdAt, Instant updatedAt) {
        return new User(id, state, createdAt, updatedAt);
    }

    /** Accounts imported without a password (MovieLens raters) exist for their ratings only. */
    public boolean canLogIn() {
        return passwordHash != null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Changes first and last name (each optional, at most 100 characters). */
    public void rename(@Nullable String newFirstName, @Nullable String newLastName, Instant now) {
        this.firstName = Text.optional(newFirstName, "firstName", UserDetails.MAX_NAME_LENGTH);
        this.lastName = Text.optional(newLastName, "lastName", UserDetails.MAX_NAME_LENGTH);
        this.updatedAt = now;
    }

    public void changeEmail(EmailAddress newEmail, Instant now) {
        this.email = newEmail;
        this.updatedAt = now;
    }

    public void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.updatedAt = now;
    }

    /** Records that the account (its profile included) changed now. */
    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public void grant(Role role, Instant now) {
        if (roles.add(role)) {
            updatedAt = now;
        }
    }

    public UserId id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public @Nullable EmailAddress email() {
        return email;
    }

    public @Nullable String passwordHash() {
        return passwordHash;
    }

    public @Nullable String firstName() {
        return firstName;
    }

    public @Nullable String lastName() {
        return lastName;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
