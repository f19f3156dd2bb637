package dev.marquee.adapters.persistence.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements of a search. The ranking is written once with named values ({@code :qs}); {@link
 * #compile} turns it into a JDBC statement and the order in which those values are bound.
 */
final class SearchSql {

    /**
     * Plans every search statement of the transaction for its own values (a generic plan cannot
     * know how selective a trigram match is, and runs many times slower), joins candidates to their
     * movies row by row (trigram estimates are coarse; at 1M movies the planner hashed the whole
     * movies table for 300 candidates) without parallel workers, sets the trigram thresholds, and
     * gives the query's search form.
     */
    static final String PREPARE =
            """
            select set_config('plan_cache_mode', 'force_custom_plan', true),
                   set_config('enable_hashjoin', 'off', true),
                   set_config('enable_mergejoin', 'off', true),
                   set_config('max_parallel_workers_per_gather', '0', true),
                   set_config('pg_trgm.similarity_threshold', '0.3', true),
                   set_config('pg_trgm.word_similarity_threshold', '0.5', true),
                   marquee_search_form(?::text) as form""";

    /**
     * The ranking of docs/search.md. {@code qf}/{@code qs}: the query's full and short (article
     * dropped) form; {@code rf}/{@code rs}: the same without a leading or trailing year {@code y},
     * null when the query has none. {@code words}/{@code restwords}: whether that short form has
     * two words or more, when word similarity (a word sequence inside a longer title) takes part in
     * finding candidates; one word is found by similarity and prefix, as a common word would
     * otherwise bring in every title that contains it.
     */
    static final String RANKED =
            """
            with movie_matches as (
                select t.movie_id as id,
                       max(3.0 * (t.short_form = :qs)::int + 0.5 * (t.full_form = :qf)::int
                           + 0.6 * (t.short_form like :qs || '%')::int
                           + similarity(t.short_form, :qs) + 0.5 * word_similarity(:qs, t.short_form)) as text_score,
                       max(coalesce(3.0 * (t.short_form = :rs)::int + 0.5 * (t.full_form = :rf)::int
                           + 0.6 * (t.short_form like :rs || '%')::int
                           + similarity(t.short_form, :rs) + 0.5 * word_similarity(:rs, t.short_form), 0)) as rest_score
                from movie_search_titles t
                where :movies
                  and (t.short_form % :qs or (:words and t.short_form %> :qs) or t.short_form = :qs
                       or (length(:qs) >= 3 and t.short_form like :qs || '%') or t.short_form like :qs || ' %'
                       or t.short_form % :rs or (:restwords and t.short_form %> :rs) or t.short_form = :rs
                       or (length(:rs) >= 3 and t.short_form like :rs || '%') or t.short_form like :rs || ' %')
                group by t.movie_id),
            movie_hits as (
                select 'movie'::text as type, h.id,
                       greatest(h.text_score,
                                h.rest_score + case when m.release_year = :y and h.rest_score >= 1.0 then 2.0 else 0 end)
                       + 0.25 * ln(1 + m.popularity) / ln(151) as score
                from movie_matches h join movies m on m.id = h.id),
            person_hits as (
                select 'person'::text as type, p.id,
                       3.0 * (n.form = :qf or marquee_search_form(coalesce(p.last_name, '') || ' ' || p.first_name) = :qf)::int
                       + 0.6 * (n.form like :qf || '%')::int
                       + similarity(n.form, :qf) + 0.5 * word_similarity(:qf, n.form)
                       + 0.25 * ln(1 + coalesce(greatest(
                             (select max(m.popularity) from movies m where m.director_id = p.id),
                             (select max(m.popularity) from cast_credits cc join movies m on m.id = cc.movie_id
                              where cc.actor_id = p.id)), 0)) / ln(151) as score
                from persons p
                cross join lateral (select marquee_search_form(p.first_name || ' ' || coalesce(p.last_name, '')) as form) n
                where :persons
                  and (marquee_search_form(p.first_name || ' ' || coalesce(p.last_name, '')) % :qf
                       or (:words and marquee_search_form(p.first_name || ' ' || coalesce(p.last_name, '')) %> :qf)
                       or (length(:qf) >= 3 and marquee_search_form(p.first_name || ' ' || coalesce(p.last_name, '')) like :qf || '%'))),
            character_hits as (
                select 'character'::text as type, c.id,
                       3.0 * (marquee_search_drop_article(n.form) = :qs)::int + 0.5 * (n.form = :qf)::int
                       + 0.6 * (marquee_search_drop_article(n.form) like :qs || '%')::int
                       + similarity(n.form, :qs) + 0.5 * word_similarity(:qs, n.form)
                       + 0.25 * ln(1 + coalesce((select max(m.popularity) from cast_credits cc join movies m on m.id = cc.movie_id
                                                 where cc.character_id = c.id), 0)) / ln(151)
                       - 0.01 as score
                from characters c
                cross join lateral (select marquee_search_form(c.name) as form) n
                where :characters
                  and (marquee_search_form(c.name) % :qs or (:words and marquee_search_form(c.name) %> :qs)
                       or (length(:qs) >= 3 and marquee_search_form(c.name) like :qs || '%'))),
            hits as (
                select * from movie_hits union all select * from person_hits union all select * from character_hits),
            page as (
                select * from hits order by score desc, type, id limit :limit offset :offset),
            shown as (
                select page.type, page.id, page.score, d.title, d.subtitle, d.year, d.image
                from page
                cross join lateral (
                    select m.title,
                           coalesce((select p.first_name || coalesce(' ' || p.last_name, '') from persons p where p.id = m.director_id),
                                    (select p.first_name || coalesce(' ' || p.last_name, '')
                                     from cast_credits cc join persons p on p.id = cc.actor_id
                                     where cc.movie_id = m.id and cc.role = 'LEADING' order by cc.id limit 1)) as subtitle,
                           m.release_year::int as year, m.poster_file_id as image
                    from movies m where page.type = 'movie' and m.id = page.id
                    union all
                    select p.first_name || coalesce(' ' || p.last_name, ''),
                           (select bm.title from movies bm
                            where bm.id in (select cc.movie_id from cast_credits cc where cc.actor_id = p.id
                                            union all select dm.id from movies dm where dm.director_id = p.id)
                            order by bm.popularity desc, bm.id limit 1),
                           extract(year from p.date_of_birth)::int,
                           (select ph.file_id from person_photos ph where ph.person_id = p.id and ph.is_main)
                    from persons p where page.type = 'person' and p.id = page.id
                    union all
                    select c.name, best.subtitle, best.year, best.image
                    from characters c
                    left join lateral (
                        select m.title || ' · ' || a.first_name || coalesce(' ' || a.last_name, '') as subtitle,
                               m.release_year::int as year,
                               (select ph.file_id from person_photos ph where ph.person_id = a.id and ph.is_main) as image
                        from cast_credits cc join movies m on m.id = cc.movie_id join persons a on a.id = cc.actor_id
                        where cc.character_id = c.id
                        order by m.popularity desc, cc.id limit 1) best on true
                    where page.type = 'character' and c.id = page.id) d)
            select total.n as total, s.type, s.id, round(s.score::numeric, 4)::float8 as score, s.title, s.subtitle, s.year, s.image
            from (select count(*) as n from hits) total
            left join shown s on true
            order by s.score desc, s.type, s.id""";

    private static final Map<String, String> PLACEHOLDERS =
            Map.ofEntries(
                    Map.entry("qf", "?::text"),
                    Map.entry("qs", "marquee_search_drop_article(?::text)"),
                    Map.entry("rf", "?::text"),
                    Map.entry("rs", "marquee_search_drop_article(?::text)"),
                    Map.entry("y", "?::int"),
                    Map.entry("movies", "?::boolean"),
                    Map.entry("persons", "?::boolean"),
                    Map.entry("characters", "?::boolean"),
                    Map.entry(
                            "words", "(position(' ' in marquee_search_drop_article(?::text)) > 0)"),
                    Map.entry(
                            "restwords",
                            "(position(' ' in marquee_search_drop_article(?::text)) > 0)"),
                    Map.entry("limit", "?::int"),
                    Map.entry("offset", "?::bigint"));

    private static final Pattern NAME = Pattern.compile("(?<![:\\w]):([a-z]+)");

    /** A statement with its values' names in binding order. */
    record Compiled(String sql, List<String> names) {

        List<Object> bind(Map<String, ?> values) {
            List<Object> bound = new ArrayList<>(names.size());
            for (String name : names) {
                if (!values.containsKey(name)) {
                    throw new IllegalArgumentException("no value for :" + name);
                }
                bound.add(values.get(name));
            }
            return bound;
        }
    }

    static Compiled compile(String template) {
        Matcher matcher = NAME.matcher(template);
        StringBuilder sql = new StringBuilder();
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            String name = matcher.group(1);
            String placeholder = PLACEHOLDERS.get(name);
            if (placeholder == null) {
                throw new IllegalArgumentException("unknown value :" + name);
            }
            names.add(name);
            matcher.appendReplacement(sql, Matcher.quoteReplacement(placeholder));
        }
        matcher.appendTail(sql);
        return new Compiled(sql.toString(), List.copyOf(names));
    }

    private SearchSql() {}
}
