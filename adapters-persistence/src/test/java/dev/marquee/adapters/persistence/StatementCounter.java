package dev.marquee.adapters.persistence;

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

    public StatementCounter() {
        SharedContext.sql("create extension if not exists pg_stat_statements");
    }

    /** Runs the work and returns how many statements it made the server execute. */
    public long count(Runnable work) {
        SharedContext.sql("select count(*) from (select pg_stat_statements_reset()) reset");
        work.run();
        return SharedContext.sql(COUNT);
    }
}
