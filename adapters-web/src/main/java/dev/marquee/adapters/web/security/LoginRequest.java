package dev.marquee.adapters.web.security;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Credentials: {@code login} is a username or an e-mail address. */
@Serdeable
public record LoginRequest(
        @NotBlank @Size(max = 254) String login, @NotBlank @Size(max = 128) String password) {

    @Override
    public String toString() {
        return "LoginRequest[login=" + login + ", password=hidden]";
    }
}
