package dev.marquee.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.genre.GenreName;
import dev.marquee.domain.port.out.GenreRepository;
import dev.marquee.domain.port.out.Transactions;
import dev.marquee.domain.port.out.TransactionsContract;
import org.junit.jupiter.api.Test;

class JdbcTransactionsTest extends TransactionsContract {

    private final Transactions transactions = SharedContext.bean(Transactions.class);
    private final GenreRepository genres = SharedContext.bean(GenreRepository.class);

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Test
    void theWritesOfAFailedUnitAreRolledBackTogether() {
        String name = "Rolled back " + unique();

        assertThatThrownBy(
                        () ->
                                transactions.inTransaction(
                                        () -> {
                                            genres.add(new GenreName(name));
                                            genres.add(new GenreName(name.toUpperCase()));
                                            return null;
                                        }))
                .satisfies(conflict("duplicate-genre-name"));

        assertThat(
                        SharedContext.sql(
                                "select count(*) from genres where lower(name) = lower(?)", name))
                .isZero();
    }

    @Test
    void theWritesOfASuccessfulUnitCommitTogether() {
        String suffix = unique();

        transactions.inTransaction(
                () -> {
                    genres.add(new GenreName("Kept A " + suffix));
                    return genres.add(new GenreName("Kept B " + suffix));
                });

        assertThat(
                        SharedContext.sql(
                                "select count(*) from genres where name like ?",
                                "Kept _ " + suffix))
                .isEqualTo(2);
    }
}
