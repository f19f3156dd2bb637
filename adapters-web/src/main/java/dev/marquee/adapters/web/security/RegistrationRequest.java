package dev.marquee.adapters.web.security;

import dev.marquee.adapters.web.shared.FieldChecks;
import dev.marquee.domain.account.Registration;
import dev.marquee.domain.user.EmailAddress;
import dev.marquee.domain.user.Password;
import dev.marquee.domain.user.UserDetails;
import dev.marquee.domain.user.Username;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new account; any other field (such as roles) is ignored. */
@Serdeable
public record RegistrationRequest(
        @NotNull @Size(max = Username.MAX_LENGTH) String username,
        @NotNull @Size(max = EmailAddress.MAX_LENGTH) String email,
        @NotNull @Size(max = Password.MAX_LENGTH) String password,
        @Nullable @Size(max = UserDetails.MAX_NAME_LENGTH) String firstName,
        @Nullable @Size(max = UserDetails.MAX_NAME_LENGTH) String lastName) {

    public Registration toRegistration() {
        FieldChecks fields = new FieldChecks();
        Username name = fields.check(() -> new Username(username));
        EmailAddress address = fields.check(() -> new EmailAddress(email));
        Password secret = fields.check(() -> new Password(password));
        return fields.build(() -> new Registration(name, address, secret, firstName, lastName));
    }

    @Override
    public String toString() {
        return "RegistrationRequest[username=" + username + ", password=hidden]";
    }
}
