package dev.marquee.domain.port.in;

import dev.marquee.domain.user.UserId;

/**
 * Whether an account still exists: a token outlives the account it was issued to, and must then
 * count for nothing.
 */
public interface CheckAccountUseCase {

    boolean exists(UserId user);
}
