package dev.marquee.adapters.persistence.imports;

/**
 * The statements of the MovieLens import. A MovieLens movie is the catalogue movie that carries its
 * {@code movielens_id}; the first time, that is the movie its link names by TMDB id (else IMDb id),
 * or a new one.
 */
final class MovieLensSql {

    static final String UPSERT_LINKS =
            """
            with input as (select * from unnest(?::integer[], ?::text[], ?::integer[]) as t(movielens_id, imdb_id, tmdb_id)),
            upserted as (
                insert into movielens_links as l (movielens_id, imdb_id, tmdb_id)
                select movielens_id, imdb_id, tmdb_id from input
                on conflict (movielens_id) do update set imdb_id = excluded.imdb_id, tmdb_id = excluded.tmdb_id
                where (l.imdb_id, l.tmdb_id) is distinct from (excluded.imdb_id, excluded.tmdb_id)
                returning (xmax = 0) as created)
            select count(*) filter (where created) as created, count(*) filter (where not created) as updated from upserted""";

    /**
     * Gives the MovieLens id to the catalogue movie its link names, when that movie has none yet;
     * of two MovieLens movies naming the same catalogue movie, the lower id wins (the other becomes
     * a movie of its own).
     */
    static final String JOIN_LINKED_MOVIES =
            """
            with input as (select * from unnest(?::integer[]) as t(movielens_id)),
            candidates as (
                select i.movielens_id, l.imdb_id,
                       coalesce((select m.id from movies m where m.tmdb_id = l.tmdb_id and m.movielens_id is null),
                                (select m.id from movies m where m.imdb_id = l.imdb_id and m.movielens_id is null)) as movie_id
                from input i join movielens_links l on l.movielens_id = i.movielens_id
                where not exists (select 1 from movies m where m.movielens_id = i.movielens_id)),
            chosen as (
                select distinct on (movie_id) movielens_id, movie_id, imdb_id
                from candidates where movie_id is not null
                order by movie_id, movielens_id),
            joined as (
                update movies m
                set movielens_id = c.movielens_id,
                    imdb_id = coalesce(m.imdb_id, case when not exists (select 1 from movies o where o.imdb_id = c.imdb_id)
                                                            and c.imdb_id not in (select x.imdb_id from chosen x
                                                                                  where x.movie_id <> c.movie_id
                                                                                    and x.imdb_id is not null)
                                                       then c.imdb_id end),
                    updated_at = now()
                from chosen c
                where m.id = c.movie_id
                returning 1)
            select count(*) from joined""";

    /**
     * Adds the MovieLens movies that joined no catalogue movie, with the link's ids where no other
     * movie has them; in MovieLens id order, so that into an empty catalogue ids follow MovieLens's
     * and ties (ratings given in the same second) break the same way in the offline evaluation and
     * on the server.
     */
    static final String CREATE_MISSING_MOVIES =
            """
            with input as (select * from unnest(?::integer[], ?::text[], ?::integer[]) as t(movielens_id, title, release_year)),
            fresh as (
                select i.movielens_id, i.title, i.release_year, l.tmdb_id, l.imdb_id,
                       row_number() over (partition by l.tmdb_id order by i.movielens_id) as tmdb_rank,
                       row_number() over (partition by l.imdb_id order by i.movielens_id) as imdb_rank
                from input i left join movielens_links l on l.movielens_id = i.movielens_id
                where not exists (select 1 from movies m where m.movielens_id = i.movielens_id)),
            created as (
                insert into movies (movielens_id, title, release_year, tmdb_id, imdb_id)
                select f.movielens_id, f.title, f.release_year,
                       case when f.tmdb_rank = 1 and not exists (select 1 from movies m where m.tmdb_id = f.tmdb_id)
                            then f.tmdb_id end,
                       case when f.imdb_rank = 1 and not exists (select 1 from movies m where m.imdb_id = f.imdb_id)
                            then f.imdb_id end
                from fresh f
                order by f.movielens_id
                returning 1)
            select count(*) from created""";

    /**
     * Title and year of the movies MovieLens alone describes (no TMDB figures, no release date),
     * where they changed.
     */
    static final String UPDATE_DESCRIBED_MOVIES =
            """
            with input as (select * from unnest(?::integer[], ?::text[], ?::integer[]) as t(movielens_id, title, release_year)),
            updated as (
                update movies m set title = i.title, release_year = i.release_year, updated_at = now()
                from input i
                where m.movielens_id = i.movielens_id and m.tmdb_popularity is null and m.release_date is null
                  and (m.title, m.release_year) is distinct from (i.title, i.release_year)
                returning 1)
            select count(*) from updated""";

    /**
     * The titles MovieLens gives the movies of a batch (its own and those in parentheses) where the
     * movie's title differs, as alternate titles for search; alternate titles it no longer gives
     * are removed.
     */
    static final String SYNC_ALTERNATE_TITLES =
            """
            with input as (select * from unnest(?::integer[], ?::text[]) as t(movielens_id, title)),
            wanted as (
                select distinct m.id as movie_id, i.title
                from input i join movies m on m.movielens_id = i.movielens_id
                where i.title <> m.title),
            removed as (
                delete from movie_alternate_titles a
                using movies m
                where m.id = a.movie_id and m.movielens_id in (select movielens_id from input)
                  and not exists (select 1 from wanted w where w.movie_id = a.movie_id and w.title = a.title)
                returning 1),
            added as (
                insert into movie_alternate_titles (movie_id, title)
                select movie_id, title from wanted
                on conflict do nothing
                returning 1)
            select (select count(*) from added) as created, (select count(*) from wanted) as wanted,
                   (select count(*) from removed) as removed""";

    /**
     * The movies of a batch (by MovieLens id in {@code input.source_id}) whose genres MovieLens
     * decides: no TMDB figures.
     */
    static final String DESCRIBED_BY_MOVIELENS =
            """
            select m.id as movie_id, i.genre_names from input i
            join movies m on m.movielens_id = i.source_id and m.tmdb_popularity is null""";

    /**
     * Upserts a batch of ratings (the last of repeated user and movie pairs wins), counting
     * distinct pairs, pairs whose user and movie resolve, and created and updated ratings.
     */
    static final String UPSERT_RATINGS =
            """
            with input as (
                select distinct on (user_ml, movie_ml) user_ml, movie_ml, score, rated_at
                from unnest(?::integer[], ?::integer[], ?::numeric[], ?::timestamptz[]) with ordinality
                    as t(user_ml, movie_ml, score, rated_at, position)
                order by user_ml, movie_ml, position desc),
            resolved as (
                select u.id as user_id, m.id as movie_id, i.score, i.rated_at
                from input i
                join users u on lower(u.username) = 'movielens-' || i.user_ml
                join movies m on m.movielens_id = i.movie_ml),
            upserted as (
                insert into ratings as r (user_id, movie_id, score, created_at, updated_at)
                select user_id, movie_id, score, rated_at, rated_at from resolved
                on conflict (user_id, movie_id) do update
                set score = excluded.score, created_at = excluded.created_at, updated_at = excluded.updated_at
                where (r.score, r.created_at) is distinct from (excluded.score, excluded.created_at)
                returning (xmax = 0) as created)
            select (select count(*) from input) as distinct_rows, (select count(*) from resolved) as resolved,
                   count(*) filter (where created) as created, count(*) filter (where not created) as updated
            from upserted""";

    private MovieLensSql() {}
}
