package dev.marquee.adapters.web.security;

import dev.marquee.domain.account.Registration;
import dev.marquee.domain.user.EmailAddress;
import dev.marquee.domain.user.Password;
import dev.marquee.domain.user.Username;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new account; any other field (such as roles) is ignored. */
@Serdeable
public record RegistrationRequest(@NotNull @Size(max = 50) String username,
                                  @NotNull @Size(max = 254) String email,
                                  @NotNull @Size(max = 128) String password,
                                  @Nullable @Size(max = 100) String firstName,
                                  @Nullable @Size(max = 100) String lastName) {

    public Registration toRegistration() {
        return new Registration(new Username(username), new EmailAddress(email), new Password(password), firstName, lastName);
    }

    @Override
    public String toString() {
        return "RegistrationRequest[username=" + username + ", password=hidden]";
    }
}
