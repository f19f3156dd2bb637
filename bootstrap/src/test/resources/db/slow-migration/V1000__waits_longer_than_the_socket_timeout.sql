-- A migration that takes longer than the server's socket timeout, as an index build over a large catalogue does.
select pg_sleep(2);
