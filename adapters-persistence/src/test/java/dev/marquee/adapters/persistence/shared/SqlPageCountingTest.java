package dev.marquee.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sql.pageCountingUpTo on PostgreSQL: exact counts up to a limit, flagged estimates beyond. */
class SqlPageCountingTest {

    private static final String MARKER = "zq" + SharedContext.uniqueWord();

    private final Sql sql = SharedContext.bean(Sql.class);

    @SuppressWarnings("unchecked")
    private final TransactionOperations<Connection> transactions =
            SharedContext.bean(TransactionOperations.class);

    @BeforeAll
    static void fiveMovies() {
        for (int i = 1; i <= 5; i++) {
            SharedContext.sql(
                    "insert into movies (title) values (?)", "Counted " + MARKER + " " + i);
        }
    }

    @Test
    void aListWithinTheLimitIsCountedExactly() {
        Page<String> page = page(1, 2, 10);

        assertThat(page.items()).hasSize(2);
        assertThat(page.totalItems()).isEqualTo(5);
        assertThat(page.totalItemsExact()).isTrue();
        assertThat(page.totalPages()).isEqualTo(3);
    }

    @Test
    void aListLongerThanTheLimitGetsAFlaggedEstimateAboveTheLimit() {
        Page<String> page = page(1, 2, 2);

        assertThat(page.items())
                .extracting(title -> title.substring(title.length() - 1))
                .containsExactly("1", "2");
        assertThat(page.totalItemsExact()).isFalse();
        assertThat(page.totalItems()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aPartlyFilledPageProvesTheTotalWhateverTheLimit() {
        assertThat(page(3, 2, 2))
                .satisfies(
                        page -> {
                            assertThat(page.items()).hasSize(1);
                            assertThat(page.totalItems()).isEqualTo(5);
                            assertThat(page.totalItemsExact()).isTrue();
                        });
        assertThat(page(1, 10, 2).totalItems()).isEqualTo(5);
    }

    @Test
    void aFullPageBeyondTheLimitIsNeverEstimatedBelowItsOwnEnd() {
        Page<String> page = page(2, 2, 3);

        assertThat(page.totalItemsExact()).isFalse();
        assertThat(page.totalItems()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aPageBeyondTheEndStillCountsTheList() {
        Page<String> page = page(9, 2, 10);

        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).isEqualTo(5);
        assertThat(page.totalItemsExact()).isTrue();
    }

    private Page<String> page(int number, int size, long exactUpTo) {
        String fromWhere = " from movies m where m.title like ?";
        return transactions.executeRead(
                status ->
                        sql.pageCountingUpTo(
                                fromWhere,
                                "select m.title" + fromWhere + " order by m.id limit ? offset ?",
                                List.of("Counted " + MARKER + " %"),
                                new PageRequest(number, size, List.of()),
                                row -> row.getString(1),
                                exactUpTo));
    }
}
