package dev.marquee.domain.session;

import dev.marquee.domain.user.AuthenticatedUser;

/** The outcome of a login: who signed in and the refresh token that opens their new session. */
public record SignedIn(AuthenticatedUser user, String refreshToken) {

    @Override
    public String toString() {
        return "SignedIn[user=" + user + ", refreshToken=hidden]";
    }
}
