package dev.marquee.adapters.persistence.shared;

import dev.marquee.domain.port.out.Transactions;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

/** Database transactions for the application's units of work; adapter calls inside join them. */
@Singleton
public class JdbcTransactions implements Transactions {

    @Override
    @Transactional
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
