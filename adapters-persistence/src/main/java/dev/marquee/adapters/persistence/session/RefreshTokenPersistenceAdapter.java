package dev.marquee.adapters.persistence.session;

import dev.marquee.domain.port.out.RefreshTokenRepository;
import dev.marquee.domain.session.NewRefreshToken;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Stores refresh-token hashes in PostgreSQL. */
@Singleton
public class RefreshTokenPersistenceAdapter implements RefreshTokenRepository {

    private final RefreshTokenRowRepository rows;

    public RefreshTokenPersistenceAdapter(RefreshTokenRowRepository rows) {
        this.rows = rows;
    }

    @Override
    @Transactional
    public void add(NewRefreshToken token) {
        rows.save(new RefreshTokenRow(null, token.userId().value(), token.familyId(), token.hash().digest(),
                token.issuedAt(), token.expiresAt(), null, null));
    }
}
