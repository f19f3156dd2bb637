package dev.marquee.adapters.persistence.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the users table; roles live in user_roles. */
@MappedEntity("users")
public record UserRow(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        @Nullable String email,
        @Nullable String passwordHash,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable Long avatarFileId,
        Instant createdAt,
        Instant updatedAt) {}
