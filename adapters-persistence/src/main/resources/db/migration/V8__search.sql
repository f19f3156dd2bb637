-- Filling movie_search_titles and building its indexes takes minutes on a catalogue of a million movies: longer than
-- the server's statement timeout (10 s), which is for requests, not migrations.
set local statement_timeout = 0;

-- Search (issue 12): every form of a movie's title in one normalised, indexed table; persons and characters by
-- normalised name. The ranking itself is in SearchQueryAdapter; docs/search.md explains it.

-- The alternate titles MovieLens gives in parentheses ("Seven (a.k.a. Se7en)"), and its own title of a movie that
-- TMDB titles otherwise ("Léon: The Professional" for TMDB's "Léon"), kept so that search finds them.
create table movie_alternate_titles (
    movie_id  bigint       not null
        constraint movie_alternate_titles_movie_fk references movies (id) on delete cascade,
    title     varchar(500) not null,
    primary key (movie_id, title),
    constraint movie_alternate_titles_title_not_blank check (btrim(title) <> '')
);

-- Functions that index expressions call name their schema: PostgreSQL 17 runs index builds and ANALYZE with a
-- search path of pg_catalog only.

-- The search form of a text: case and accents folded, apostrophes, full stops and middle dots removed
-- ("WALL·E" is "walle", "E.T." is "et"), every other run of non-alphanumerics one space ("Spider-Man" is
-- "spider man").
create function marquee_search_form(text) returns text
    language sql immutable strict parallel safe
    as $$ select btrim(regexp_replace(regexp_replace(public.marquee_fold($1), '[''’.·]', '', 'g'), '[^[:alnum:]]+', ' ', 'g')) $$;

-- A search form without its leading article ("the dark knight" is "dark knight"); a title that is only an
-- article keeps it.
create function marquee_search_drop_article(text) returns text
    language sql immutable strict parallel safe
    as $$ select regexp_replace($1, '^(the|a|an|le|la|les|el|il|l) (?=.)', '') $$;

-- One row per distinct search form of a movie's titles: its title, original title and alternate titles.
create table movie_search_titles (
    movie_id    bigint not null
        constraint movie_search_titles_movie_fk references movies (id) on delete cascade,
    full_form   text   not null,
    short_form  text   not null,
    primary key (movie_id, full_form)
);

-- Trigram similarity and word similarity (typos, words of a long title) on the short form; equality and prefixes
-- (the last word still being typed) on a B-tree that compares bytes.
create index movie_search_titles_short_trgm_idx on movie_search_titles using gin (short_form gin_trgm_ops);
create index movie_search_titles_short_prefix_idx on movie_search_titles (short_form text_pattern_ops);
create index movie_search_titles_full_idx on movie_search_titles (full_form text_pattern_ops);

create function marquee_refresh_movie_search_titles(movie bigint) returns void
    language sql as $$
    delete from movie_search_titles where movie_id = movie;
    insert into movie_search_titles (movie_id, full_form, short_form)
    select distinct m.id, f.form, marquee_search_drop_article(f.form)
    from movies m
    cross join lateral (
        select marquee_search_form(m.title) as form
        union select marquee_search_form(m.original_title)
        union select marquee_search_form(a.title) from movie_alternate_titles a where a.movie_id = m.id) f
    where m.id = movie and f.form <> '';
$$;

create function marquee_movie_titles_changed() returns trigger
    language plpgsql as $$
begin
    perform marquee_refresh_movie_search_titles(new.id);
    return null;
end
$$;

create trigger movies_search_titles
    after insert or update of title, original_title on movies
    for each row execute function marquee_movie_titles_changed();

create function marquee_alternate_titles_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform marquee_refresh_movie_search_titles(old.movie_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.movie_id <> old.movie_id) then
        perform marquee_refresh_movie_search_titles(new.movie_id);
    end if;
    return null;
end
$$;

create trigger movie_alternate_titles_search_titles
    after insert or update or delete on movie_alternate_titles
    for each row execute function marquee_alternate_titles_changed();

insert into movie_search_titles (movie_id, full_form, short_form)
select distinct m.id, f.form, marquee_search_drop_article(f.form)
from movies m
cross join lateral (select marquee_search_form(m.title) as form union select marquee_search_form(m.original_title)) f
where f.form <> '';

-- Persons by full name (trigrams ignore word order: "hanks tom" matches "Tom Hanks") and characters by name.
create index persons_search_name_trgm_idx on persons
    using gin (marquee_search_form(first_name || ' ' || coalesce(last_name, '')) gin_trgm_ops);
create index characters_search_name_trgm_idx on characters using gin (marquee_search_form(name) gin_trgm_ops);

-- A leading actor's credits, for the subtitle of a movie without a director.
create index cast_credits_movie_leading_idx on cast_credits (movie_id, id) where role = 'LEADING';

-- pg_trgm declares its match operators as cheap as an integer comparison, so on a small table the planner filters
-- every row with them rather than use the trigram index; a word-similarity test costs tens of microseconds on a
-- long title. Saying so makes index scans the plan at every size.
alter function similarity_op(text, text) cost 100;
alter function word_similarity_op(text, text) cost 100;
alter function word_similarity_commutator_op(text, text) cost 100;

-- The planner estimates a trigram match by running it over the column's statistics sample, for every such condition
-- of every search it plans (each search is planned for its own values, see SearchSql.PREPARE): a small sample
-- keeps planning cheap, and the estimates only need to say "few rows", which they still do.
alter table movie_search_titles alter column short_form set statistics 10;
alter index persons_search_name_trgm_idx alter column 1 set statistics 10;
alter index characters_search_name_trgm_idx alter column 1 set statistics 10;

analyze movie_search_titles;
