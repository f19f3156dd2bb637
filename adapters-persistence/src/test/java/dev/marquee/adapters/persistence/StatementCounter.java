package dev.marquee.adapters.persistence;

import java.sql.SQLException;

/**
 * Counts the SQL statements the server executed (pg_stat_statements), leaving out transaction
 * control and itself.
 */
public final class StatementCounter {

    private static final String COUNT =
            """
            select coalesce(sum(calls), 0) from pg_stat_statements
            where dbid = (select oid from pg_database where datname = current_database())
              and query !~* '^\\s*(begin|commit|rollback|set |show |start transaction)'
              and query !~* 'pg_stat_statements'""";

    private final PersistenceTest test;

    public StatementCounter(PersistenceTest test) throws SQLException {
        this.test = test;
        test.sql("create extension if not exists pg_stat_statements");
    }

    /** Runs the work and returns how many statements it made the server execute. */
    public long count(Runnable work) throws SQLException {
        test.sql("select count(*) from (select pg_stat_statements_reset()) reset");
        work.run();
        return test.sql(COUNT);
    }
}
