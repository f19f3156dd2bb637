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
     * Plans the search statement once per connection, for any values: every candidate source is an
     * index lookup whose keys are parameters (no prefix folded into a {@code like} constant, no
     * selectivity that only the values tell), so its generic plan is the good plan, it is the same
     * plan from the first run on, and no run pays for planning a large statement. Also joins
     * candidates to their movies row by row without parallel workers (candidates are few), sets the
     * trigram threshold of word corrections, and gives the query's search form.
     */
    static final String PREPARE =
            """
            select set_config('plan_cache_mode', 'force_generic_plan', true),
                   set_config('enable_hashjoin', 'off', true),
                   set_config('enable_mergejoin', 'off', true),
                   set_config('max_parallel_workers_per_gather', '0', true),
                   set_config('pg_trgm.similarity_threshold', '0.3', true),
                   marquee_search_form(?::text) as form""";

    /**
     * The ranking of docs/search.md over candidates that index lookups bound. {@code qf}/{@code
     * qs}: the query's full and short (article dropped) form; {@code rf}/{@code rs}: the same
     * without a leading or trailing year {@code y}, bound as '' and 0 when the query has none
     * (never as null: a null's type is PostgreSQL's to infer, so a statement bound now with a year
     * and now without one would change its parameter types and be prepared and planned again each
     * time). Candidates: the titles (names) holding every word of the query, each word as typed or
     * corrected to one of its nearest dictionary words, the last one also as a prefix (V9's {@code
     * search_words} and word indexes); when none does, those holding all of its words but one; and
     * exact, prefix and space-free matches of the whole query through B-trees. Each source is
     * capped, so no query reads more than a few hundred rows.
     */
    static final String RANKED =
            """
            with params as materialized (
                select :qf as qf, :qs as qs, nullif(:rf, '') as rf, nullif(:rs, '') as rs, nullif(:y, 0) as y),
            query_words as materialized (
                select w.word, w.n, w.n = count(*) over () as last, length(w.word) as length
                from params p cross join unnest(string_to_array(p.qf, ' ')) with ordinality w(word, n)),
            required_words as materialized (
                select q.* from query_words q
                where not (marquee_search_stopword(q.word) or (q.length <= 2 and not q.last))
                   or not exists (select from query_words o
                                  where not (marquee_search_stopword(o.word) or (o.length <= 2 and not o.last)))),
            alternatives as materialized (
                select q.n, max(q.length) as length, string_agg(quote_literal(a.word) || a.suffix, ' | ') as alts
                from required_words q
                cross join lateral (
                    select q.word as word, '' as suffix
                    union all
                    (select d.word, '' from search_words d
                     where q.length >= 4 and not exists (select from search_words e where e.word = q.word)
                       and d.word % q.word
                     order by similarity(d.word, q.word) desc, d.word limit 4)
                    union all
                    (select d.word, '' from search_words d
                     where q.last and q.length >= 2 and d.word ~>=~ q.word and d.word ~<~ (q.word || chr(1114111))
                       and d.word <> q.word
                     order by length(d.word), d.word limit 8)) a
                group by q.n),
            word_queries as materialized (
                select (select string_agg('(' || a.alts || ')', ' & ') from alternatives a)::tsquery as every_word,
                       (select string_agg(c.conj, ' | ')
                        from (select string_agg('(' || b.alts || ')', ' & ') as conj
                              from alternatives x join alternatives b on b.n <> x.n
                              where (select count(*) from alternatives) between 2 and 6
                              group by x.n
                              having max(b.length) >= 3) c)::tsquery as all_but_one),
            movie_every_word as materialized (
                select t.movie_id, t.full_form, t.short_form from movie_search_titles t
                where :movies and marquee_search_words(t.full_form) @@ (select every_word from word_queries)
                limit 40),
            person_every_word as materialized (
                select p.id from persons p
                where :persons
                  and marquee_search_words(marquee_search_form(p.first_name || ' ' || coalesce(p.last_name, '')))
                      @@ (select every_word from word_queries)
                limit 20),
            character_every_word as materialized (
                select c.id from characters c
                where :characters and marquee_search_words(marquee_search_form(c.name)) @@ (select every_word from word_queries)
                limit 20),
            found_nothing as materialized (
                select not exists (select from movie_every_word) and not exists (select from person_every_word)
                       and not exists (select from character_every_word) as nothing),
            movie_rows as (
                select * from movie_every_word
                union (select t.movie_id, t.full_form, t.short_form from movie_search_titles t
                       where :movies and marquee_search_words(t.full_form) @@ (select all_but_one from word_queries)
                         and (select nothing from found_nothing)
                       limit 40)
                union (select t.movie_id, t.full_form, t.short_form from movie_search_titles t
                       where :movies and t.short_form = (select qs from params) limit 50)
                union (select t.movie_id, t.full_form, t.short_form from movie_search_titles t
                       where :movies and t.short_form = (select rs from params) limit 50)
                union (select t.movie_id, t.full_form, t.short_form from movie_search_titles t
                       where :movies and (select length(qs) >= 3 from params)
                         and t.short_form ~>=~ (select qs from params)
                         and t.short_form ~<~ (select qs || chr(1114111) from params)
                       limit 20)
                union (select t.movie_id, t.full_form, t.short_form from movie_search_titles t
                       where :movies and (select length(rs) >= 3 from params)
                         and t.short_form ~>=~ (select rs from params)
                         and t.short_form ~<~ (select rs || chr(1114111) from params)
                       limit 20)
                union (select t.movie_id, t.full_form, t.short_form from movie_search_titles t
                       where :movies and t.short_form ~>=~ (select qs || ' ' from params)
                         and t.short_form ~<~ (select qs || ' ' || chr(1114111) from params)
                       limit 20)
                union (select t.movie_id, t.full_form, t.short_form from movie_search_titles t
                       where :movies and replace(t.short_form, ' ', '') = (select replace(qs, ' ', '') from params)
                       limit 20)),
            movie_matches as (
                select t.movie_id as id,
                       max(3.0 * (t.short_form = p.qs)::int + 0.5 * (t.full_form = p.qf)::int
                           + 0.6 * starts_with(t.short_form, p.qs)::int
                           + similarity(t.short_form, p.qs) + 0.5 * word_similarity(p.qs, t.short_form)) as text_score,
                       max(coalesce(3.0 * (t.short_form = p.rs)::int + 0.5 * (t.full_form = p.rf)::int
                           + 0.6 * starts_with(t.short_form, p.rs)::int
                           + similarity(t.short_form, p.rs) + 0.5 * word_similarity(p.rs, t.short_form), 0)) as rest_score
                from movie_rows t cross join params p
                group by t.movie_id),
            movie_hits as (
                select 'movie'::text as type, h.id,
                       greatest(h.text_score,
                                h.rest_score + case when m.release_year = p.y and h.rest_score >= 1.0 then 2.0 else 0 end)
                       + 0.25 * ln(1 + m.popularity) / ln(151) as score
                from movie_matches h join movies m on m.id = h.id cross join params p),
            person_rows as (
                select id from person_every_word
                union (select p.id from persons p
                       where :persons
                         and marquee_search_words(marquee_search_form(p.first_name || ' ' || coalesce(p.last_name, '')))
                             @@ (select all_but_one from word_queries)
                         and (select nothing from found_nothing)
                       limit 20)),
            person_scored as (
                select p.id,
                       3.0 * (n.form = q.qf or marquee_search_form(coalesce(p.last_name, '') || ' ' || p.first_name) = q.qf)::int
                       + 0.6 * starts_with(n.form, q.qf)::int
                       + similarity(n.form, q.qf) + 0.5 * word_similarity(q.qf, n.form) as text_score
                from person_rows r
                join persons p on p.id = r.id
                cross join params q
                cross join lateral (select marquee_search_form(p.first_name || ' ' || coalesce(p.last_name, '')) as form) n),
            person_hits as (
                select 'person'::text as type, s.id,
                       s.text_score
                       + case when s.rank <= 10 then 0.25 * ln(1 + coalesce(greatest(
                             (select max(m.popularity)
                              from (select d.popularity from movies d where d.director_id = s.id limit 100) m),
                             (select max(m.popularity)
                              from (select cc.movie_id from cast_credits cc where cc.actor_id = s.id limit 100) cc
                              join movies m on m.id = cc.movie_id)), 0)) / ln(151) else 0 end as score
                from (select s.*, row_number() over (order by s.text_score desc, s.id) as rank from person_scored s) s),
            character_rows as (
                select id from character_every_word
                union (select c.id from characters c
                       where :characters
                         and marquee_search_words(marquee_search_form(c.name)) @@ (select all_but_one from word_queries)
                         and (select nothing from found_nothing)
                       limit 20)),
            character_scored as (
                select c.id,
                       3.0 * (marquee_search_drop_article(n.form) = q.qs)::int + 0.5 * (n.form = q.qf)::int
                       + 0.6 * starts_with(marquee_search_drop_article(n.form), q.qs)::int
                       + similarity(n.form, q.qs) + 0.5 * word_similarity(q.qs, n.form) as text_score
                from character_rows r
                join characters c on c.id = r.id
                cross join params q
                cross join lateral (select marquee_search_form(c.name) as form) n),
            character_hits as (
                select 'character'::text as type, s.id,
                       s.text_score
                       + case when s.rank <= 10 then 0.25 * ln(1 + coalesce(
                             (select max(m.popularity)
                              from (select cc.movie_id from cast_credits cc where cc.character_id = s.id limit 100) cc
                              join movies m on m.id = cc.movie_id), 0)) / ln(151) else 0 end
                       - 0.01 as score
                from (select s.*, row_number() over (order by s.text_score desc, s.id) as rank from character_scored s) s),
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
                            where bm.id in ((select cc.movie_id from cast_credits cc where cc.actor_id = p.id limit 100)
                                            union all (select dm.id from movies dm where dm.director_id = p.id limit 100))
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
                        from (select cc.* from cast_credits cc where cc.character_id = c.id limit 100) cc
                        join movies m on m.id = cc.movie_id join persons a on a.id = cc.actor_id
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
