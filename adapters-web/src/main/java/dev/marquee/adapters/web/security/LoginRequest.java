package dev.marquee.adapters.web.security;

import dev.marquee.domain.user.EmailAddress;
import dev.marquee.domain.user.Password;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Credentials: {@code login} is a username or an e-mail address. */
@Serdeable
public record LoginRequest(
        @NotBlank @Size(max = EmailAddress.MAX_LENGTH) String login,
        @NotBlank @Size(max = Password.MAX_LENGTH) String password) {

    @Override
    public String toString() {
        return "LoginRequest[login=" + login + ", password=hidden]";
    }
}
