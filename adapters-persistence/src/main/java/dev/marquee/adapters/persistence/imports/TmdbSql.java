package dev.marquee.adapters.persistence.imports;

/** The statements of the TMDB import; each takes one array per column of a batch. */
final class TmdbSql {

    /** Inserts new movies and updates those whose TMDB columns differ; counts each. */
    static final String UPSERT_MOVIES =
            """
            with input as (
                select * from unnest(?::integer[], ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::numeric[],
                                     ?::integer[], ?::date[], ?::text[], ?::text[], ?::float8[], ?::numeric[], ?::integer[],
                                     ?::text[], ?::text[])
                    as t(tmdb_id, title, original_title, description, tagline, budget, revenue, duration, release_date,
                         status, original_language, tmdb_popularity, tmdb_vote_average, tmdb_vote_count, country_code,
                         keywords)),
            upserted as (
                insert into movies as m (tmdb_id, title, original_title, description, tagline, budget, revenue, duration,
                                         release_date, status, original_language, tmdb_popularity, tmdb_vote_average,
                                         tmdb_vote_count, country_id, keywords)
                select i.tmdb_id, i.title, i.original_title, i.description, i.tagline, i.budget, i.revenue, i.duration,
                       i.release_date, i.status, i.original_language, i.tmdb_popularity, i.tmdb_vote_average,
                       i.tmdb_vote_count, (select c.id from countries c where c.code = i.country_code),
                       coalesce(string_to_array(i.keywords, chr(31)), '{}')
                from input i
                on conflict (tmdb_id) do update
                set title = excluded.title, original_title = excluded.original_title, description = excluded.description,
                    tagline = excluded.tagline, budget = excluded.budget, revenue = excluded.revenue,
                    duration = excluded.duration, release_date = excluded.release_date, status = excluded.status,
                    original_language = excluded.original_language, tmdb_popularity = excluded.tmdb_popularity,
                    tmdb_vote_average = excluded.tmdb_vote_average, tmdb_vote_count = excluded.tmdb_vote_count,
                    country_id = excluded.country_id, keywords = excluded.keywords, updated_at = now()
                where (m.title, m.original_title, m.description, m.tagline, m.budget, m.revenue, m.duration, m.release_date,
                       m.status, m.original_language, m.tmdb_popularity, m.tmdb_vote_average, m.tmdb_vote_count,
                       m.country_id, m.keywords)
                      is distinct from
                      (excluded.title, excluded.original_title, excluded.description, excluded.tagline, excluded.budget,
                       excluded.revenue, excluded.duration, excluded.release_date, excluded.status,
                       excluded.original_language, excluded.tmdb_popularity, excluded.tmdb_vote_average,
                       excluded.tmdb_vote_count, excluded.country_id, excluded.keywords)
                returning (xmax = 0) as created)
            select count(*) filter (where created) as created, count(*) filter (where not created) as updated from upserted""";

    /** The movies of a batch (by TMDB id in {@code input.source_id}) with their genre names. */
    static final String DESCRIBED_BY_TMDB =
            """
            select m.id as movie_id, i.genre_names from input i join movies m on m.tmdb_id = i.source_id""";

    private TmdbSql() {}
}
