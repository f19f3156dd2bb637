-- Token buckets for rate limiting, shared by every instance of the application (bucket4j's JDBC layout).
create table rate_limit_buckets (
    id         text primary key,
    state      bytea,
    -- epoch milliseconds after which the bucket is full again and the row can be removed
    expires_at bigint
);

create index rate_limit_buckets_expires_at_idx on rate_limit_buckets (expires_at);
