package dev.marquee.domain.port.out;

import dev.marquee.domain.user.NewUser;
import dev.marquee.domain.user.User;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.user.Username;
import java.util.Optional;

/** Stores accounts; usernames and e-mails are unique regardless of case and a duplicate raises a ConflictException. */
public interface UserRepository {

    Optional<User> findById(UserId id);

    Optional<User> findByUsername(Username username);

    /** The account whose username or e-mail equals {@code login}, ignoring case. */
    Optional<User> findByLogin(String login);

    User add(NewUser user);

    void save(User user);
}
