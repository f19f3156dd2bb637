package dev.marquee.domain.port.out;

import dev.marquee.domain.user.Profile;
import dev.marquee.domain.user.User;
import dev.marquee.domain.user.UserDetails;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.user.Username;
import java.util.Optional;

/**
 * Stores accounts; usernames and e-mails are unique regardless of case and a duplicate raises a
 * ConflictException.
 */
public interface UserRepository {

    Optional<User> findById(UserId id);

    Optional<User> findByUsername(Username username);

    /** The account whose username or e-mail equals {@code login}, ignoring case. */
    Optional<User> findByLogin(String login);

    User add(UserDetails user);

    void save(User user);

    Profile profileOf(UserId id);

    /**
     * Stores the profile; an unknown favorite genre id raises an InvalidInputException naming the
     * field.
     */
    void saveProfile(UserId id, Profile profile);

    /**
     * Removes the account and everything that belongs to it (profile, library, sessions); false
     * when there was none.
     */
    boolean delete(UserId id);
}
