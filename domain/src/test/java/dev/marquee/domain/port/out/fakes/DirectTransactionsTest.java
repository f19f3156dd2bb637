package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.port.out.Transactions;
import dev.marquee.domain.port.out.TransactionsContract;

class DirectTransactionsTest extends TransactionsContract {

    private final DirectTransactions transactions = new DirectTransactions();

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
