-- Imports (TMDB, MovieLens) and a popularity that means something.

-- What the sources say about a movie beyond its editable details.
alter table movies
    -- the year alone, when a source knows no date (MovieLens titles); always the year of release_date when there is one
    add column release_year       smallint,
    add column original_title     varchar(500),
    add column keywords           text[]           not null default '{}',
    add column movielens_id       integer,
    -- TMDB's own figures, as its export gives them; null for a movie TMDB did not describe
    add column tmdb_popularity    double precision,
    add column tmdb_vote_average  numeric(3, 1),
    add column tmdb_vote_count    integer,
    -- ratings, favorites and watchlist entries, each weighted by how recent it is (see marquee_recency_weight)
    add column library_activity   double precision not null default 0;

update movies set release_year = extract(year from release_date) where release_date is not null;

alter table movies
    add constraint movies_movielens_id_unique unique (movielens_id),
    add constraint movies_movielens_id_positive check (movielens_id > 0),
    add constraint movies_release_year_range check (release_year between 1870 and 2200),
    add constraint movies_release_year_of_date check (release_date is null or release_year = extract(year from release_date)),
    add constraint movies_original_title_not_blank check (btrim(original_title) <> ''),
    add constraint movies_tmdb_popularity_range check (tmdb_popularity >= 0 and tmdb_popularity < 'Infinity'),
    add constraint movies_tmdb_vote_average_range check (tmdb_vote_average between 0 and 10),
    add constraint movies_tmdb_vote_count_non_negative check (tmdb_vote_count >= 0),
    add constraint movies_library_activity_range check (library_activity >= 0 and library_activity < 'Infinity');

create index movies_release_year_idx on movies (release_year);

-- Which TMDB and IMDb ids each MovieLens movie has (its links file), so that re-runs join the same way.
create table movielens_links (
    movielens_id  integer primary key,
    imdb_id       varchar(12),
    tmdb_id       integer,
    constraint movielens_links_movielens_id_positive check (movielens_id > 0),
    constraint movielens_links_imdb_id_format check (imdb_id ~ '^tt[0-9]{7,10}$'),
    constraint movielens_links_tmdb_id_positive check (tmdb_id > 0)
);

-- Popularity: one scale for both sources, 10 * ln(1 + TMDB popularity) + 20 * ln(1 + library activity), so that a
-- movie well known to TMDB and much used in this library ranks above one that is only either. Both figures spread
-- over orders of magnitude, which the logarithm evens out; the library's term weighs double because its figure spans
-- less (activity rarely passes 100, TMDB's reaches 900) and because use here says more about this library's users
-- than an outside figure: each term then reaches about 70 to 90 points at its top.
create function marquee_popularity(tmdb_popularity double precision, library_activity double precision)
    returns double precision language sql immutable parallel safe as $$
    select round((10 * ln(1 + coalesce(tmdb_popularity, 0)) + 20 * ln(1 + greatest(library_activity, 0)))::numeric, 4)::double precision
$$;

-- An event's weight doubles for every ten years it is more recent, measured from 2026-01-01 (weight 1 then): a
-- rating from 1996 counts 1/8, one from 2036 counts 2. Only the event's own time matters, so a movie's activity
-- changes when events come and go, never merely because time passes: nothing needs recomputing on a schedule, and
-- the order of movies by activity is the order by exponentially decayed activity at any moment.
create function marquee_recency_weight(at timestamptz)
    returns double precision language sql immutable parallel safe as $$
    select power(2, (extract(epoch from at) - 1767225600) / (10 * 365.25 * 86400))::double precision
$$;

-- The derived columns of a movie: the release year follows the date, popularity follows its two inputs.
create function marquee_movies_derived() returns trigger
    language plpgsql as $$
begin
    if new.release_date is not null then
        new.release_year := extract(year from new.release_date);
    elsif tg_op = 'UPDATE' and old.release_date is not null then
        new.release_year := null;
    end if;
    if tg_op = 'INSERT' or new.tmdb_popularity is distinct from old.tmdb_popularity
            or new.library_activity is distinct from old.library_activity then
        new.popularity := marquee_popularity(new.tmdb_popularity, new.library_activity);
    end if;
    return new;
end
$$;

create trigger movies_derived_columns
    before insert or update on movies
    for each row execute function marquee_movies_derived();

-- Rating aggregates move from a row trigger to statement triggers: a bulk import of thousands of ratings then
-- adjusts each touched movie once, with the same exactness (each movie row is locked, in id order, and adjusted
-- by the net change of the statement, on top of whatever concurrent writers committed).
drop trigger ratings_keep_movie_aggregates on ratings;
drop function marquee_ratings_changed();
drop function marquee_apply_rating(bigint, numeric, integer);

create type marquee_rating_change as (movie_id bigint, score numeric(2, 1), rated_at timestamptz, direction integer);

create function marquee_apply_rating_changes(changes marquee_rating_change[]) returns void
    language sql as $$
    with delta as (
        select c.movie_id,
               array[coalesce(sum(c.direction) filter (where c.score = 0.5), 0), coalesce(sum(c.direction) filter (where c.score = 1.0), 0),
                     coalesce(sum(c.direction) filter (where c.score = 1.5), 0), coalesce(sum(c.direction) filter (where c.score = 2.0), 0),
                     coalesce(sum(c.direction) filter (where c.score = 2.5), 0), coalesce(sum(c.direction) filter (where c.score = 3.0), 0),
                     coalesce(sum(c.direction) filter (where c.score = 3.5), 0), coalesce(sum(c.direction) filter (where c.score = 4.0), 0),
                     coalesce(sum(c.direction) filter (where c.score = 4.5), 0), coalesce(sum(c.direction) filter (where c.score = 5.0), 0)
               ]::integer[] as histogram,
               sum(c.direction) as n,
               sum(c.direction * c.score) as total,
               sum(c.direction * marquee_recency_weight(c.rated_at)) as activity
        from unnest(changes) as c
        group by c.movie_id),
    locked as (
        select m.id from movies m join delta d on d.movie_id = m.id order by m.id for no key update of m)
    update movies m
    set rating_count = m.rating_count + d.n,
        rating_sum = m.rating_sum + d.total,
        rating_histogram = array(select m.rating_histogram[i] + d.histogram[i] from generate_series(1, 10) as i order by i),
        average_rating = case when m.rating_count + d.n = 0 then null
                              else round((m.rating_sum + d.total) / (m.rating_count + d.n), 3) end,
        library_activity = greatest(0, m.library_activity + d.activity)
    from delta d
    where m.id = d.movie_id and m.id in (select id from locked)
      and (d.histogram <> '{0,0,0,0,0,0,0,0,0,0}' or d.total <> 0 or d.activity <> 0)
$$;

create function marquee_ratings_inserted() returns trigger
    language plpgsql as $$
begin
    perform marquee_apply_rating_changes(array(
        select row(movie_id, score, created_at, 1)::marquee_rating_change from new_ratings));
    return null;
end
$$;

create function marquee_ratings_updated() returns trigger
    language plpgsql as $$
begin
    perform marquee_apply_rating_changes(array(
        select row(movie_id, score, created_at, 1)::marquee_rating_change from new_ratings
        union all
        select row(movie_id, score, created_at, -1)::marquee_rating_change from old_ratings));
    return null;
end
$$;

create function marquee_ratings_deleted() returns trigger
    language plpgsql as $$
begin
    perform marquee_apply_rating_changes(array(
        select row(movie_id, score, created_at, -1)::marquee_rating_change from old_ratings));
    return null;
end
$$;

create trigger ratings_inserted_keep_movie_aggregates
    after insert on ratings referencing new table as new_ratings
    for each statement execute function marquee_ratings_inserted();
create trigger ratings_updated_keep_movie_aggregates
    after update on ratings referencing old table as old_ratings new table as new_ratings
    for each statement execute function marquee_ratings_updated();
create trigger ratings_deleted_keep_movie_aggregates
    after delete on ratings referencing old table as old_ratings
    for each statement execute function marquee_ratings_deleted();

-- Favorites count 2 and watchlist entries 1 towards a movie's activity (ratings count 1), by when they were added.
create type marquee_activity_change as (movie_id bigint, activity double precision);

create function marquee_apply_activity_changes(changes marquee_activity_change[]) returns void
    language sql as $$
    with delta as (
        select c.movie_id, sum(c.activity) as activity from unnest(changes) as c group by c.movie_id),
    locked as (
        select m.id from movies m join delta d on d.movie_id = m.id order by m.id for no key update of m)
    update movies m set library_activity = greatest(0, m.library_activity + d.activity)
    from delta d
    where m.id = d.movie_id and m.id in (select id from locked) and d.activity <> 0
$$;

create function marquee_library_list_changed() returns trigger
    language plpgsql as $$
declare
    weight double precision := tg_argv[0]::double precision;
begin
    if tg_op = 'INSERT' then
        perform marquee_apply_activity_changes(array(
            select row(movie_id, weight * marquee_recency_weight(added_at))::marquee_activity_change from new_entries));
    else
        perform marquee_apply_activity_changes(array(
            select row(movie_id, -weight * marquee_recency_weight(added_at))::marquee_activity_change from old_entries));
    end if;
    return null;
end
$$;

create trigger favorites_inserted_keep_activity
    after insert on favorites referencing new table as new_entries
    for each statement execute function marquee_library_list_changed(2);
create trigger favorites_deleted_keep_activity
    after delete on favorites referencing old table as old_entries
    for each statement execute function marquee_library_list_changed(2);
create trigger watchlist_inserted_keep_activity
    after insert on watchlist_entries referencing new table as new_entries
    for each statement execute function marquee_library_list_changed(1);
create trigger watchlist_deleted_keep_activity
    after delete on watchlist_entries referencing old table as old_entries
    for each statement execute function marquee_library_list_changed(1);

-- Bring the movies that already have ratings, favorites or watchlist entries in line.
update movies m
set library_activity = a.activity
from (select movie_id, sum(weight) as activity
      from (select movie_id, marquee_recency_weight(created_at) as weight from ratings
            union all
            select movie_id, 2 * marquee_recency_weight(added_at) from favorites
            union all
            select movie_id, marquee_recency_weight(added_at) from watchlist_entries) as events
      group by movie_id) a
where m.id = a.movie_id;
