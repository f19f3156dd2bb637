package dev.marquee.adapters.web.account;

import dev.marquee.domain.user.Password;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The current password, to prove it is the owner, and the new one. */
@Serdeable
public record PasswordChangeRequest(
        @NotNull @Size(max = Password.MAX_LENGTH) String currentPassword,
        @NotNull @Size(max = Password.MAX_LENGTH) String newPassword) {

    @Override
    public String toString() {
        return "PasswordChangeRequest[hidden]";
    }
}
