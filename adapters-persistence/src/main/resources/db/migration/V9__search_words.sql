-- Building the word indexes reads every title form, person and character: seconds at a million movies, but more
-- than the server's statement timeout, which is for requests.
set local statement_timeout = 0;

-- Search at a million movies (issue 12, docs/search.md): V8 found candidates by trigram similarity of whole titles,
-- which at 1M rechecks tens of thousands of rows sharing a common trigram. Candidates now come word by word: each
-- query word as typed or corrected to its nearest words of a small dictionary, then the titles (names) holding
-- those words through an inverted index. Every lookup reads a bounded number of index entries.

-- The words of a search form (V8's marquee_search_form) as a text-search document, one lexeme per word as written:
-- no parser, no stemming, no stop words, so a query word finds exactly the titles that contain it.
create function marquee_search_words(text) returns tsvector
    language sql immutable strict parallel safe
    as $$ select array_to_tsvector(array_remove(string_to_array($1, ' '), '')) $$;

-- Words too common to narrow a search on their own ("the dark knight" is found by "dark" and "knight"): a query
-- requires them only when it has no other word.
create function marquee_search_stopword(text) returns boolean
    language sql immutable strict parallel safe
    as $$ select $1 = any ('{the,a,an,of,and,in,on,to,for,with,at,by,from,or,de,del,la,le,les,el,il,l,d,du,des,der,die,das,den,et,y,i,o,e}'::text[]) $$;

-- Every distinct word of every title form, person name and character name: tens of thousands of rows at a million
-- movies (titles reuse words). A misspelt query word is corrected to its nearest words here (trigram similarity),
-- a word still being typed completed here (prefix). Words are only added: a word whose titles are gone finds none.
create table search_words (
    word text primary key
);

insert into search_words
select distinct w from (
    select unnest(string_to_array(full_form, ' ')) from movie_search_titles
    union all
    select unnest(string_to_array(marquee_search_form(first_name || ' ' || coalesce(last_name, '')), ' ')) from persons
    union all
    select unnest(string_to_array(marquee_search_form(name), ' ')) from characters) words(w)
where w <> '';

create index search_words_trgm_idx on search_words using gin (word gin_trgm_ops);
create index search_words_prefix_idx on search_words (word text_pattern_ops);

create function marquee_add_search_words(form text) returns void
    language sql as $$
    insert into search_words (word)
    select distinct w from unnest(string_to_array(form, ' ')) w where w <> ''
    on conflict (word) do nothing;
$$;

create function marquee_search_title_words_added() returns trigger
    language plpgsql as $$
begin
    perform marquee_add_search_words(new.full_form);
    return null;
end
$$;

create trigger movie_search_titles_words
    after insert or update of full_form on movie_search_titles
    for each row execute function marquee_search_title_words_added();

create function marquee_person_words_added() returns trigger
    language plpgsql as $$
begin
    perform marquee_add_search_words(marquee_search_form(new.first_name || ' ' || coalesce(new.last_name, '')));
    return null;
end
$$;

create trigger persons_search_words
    after insert or update of first_name, last_name on persons
    for each row execute function marquee_person_words_added();

create function marquee_character_words_added() returns trigger
    language plpgsql as $$
begin
    perform marquee_add_search_words(marquee_search_form(new.name));
    return null;
end
$$;

create trigger characters_search_words
    after insert or update of name on characters
    for each row execute function marquee_character_words_added();

-- The inverted indexes: titles (by their full form, so that a query with or without the article finds them),
-- persons and characters by the words of their names.
create index movie_search_titles_words_idx on movie_search_titles using gin (marquee_search_words(full_form));
create index persons_search_words_idx on persons
    using gin (marquee_search_words(marquee_search_form(first_name || ' ' || coalesce(last_name, ''))));
create index characters_search_words_idx on characters using gin (marquee_search_words(marquee_search_form(name)));

-- A title typed with its words run together or split ("brave heart", "wall e", "spiderman").
create index movie_search_titles_compact_idx on movie_search_titles (replace(short_form, ' ', ''));

-- V8's whole-form trigram indexes served the similarity scan that this replaces; nothing reads them any more.
drop index movie_search_titles_short_trgm_idx;
drop index persons_search_name_trgm_idx;
drop index characters_search_name_trgm_idx;

analyze search_words;
analyze movie_search_titles;
