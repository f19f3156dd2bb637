-- Title and name matching that ignores case and accents, served by trigram indexes.

create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- unaccent(text) is only STABLE (its dictionary could change), and an index needs an IMMUTABLE function:
-- naming the dictionary explicitly makes the result fixed, which is what this wrapper promises.
create or replace function marquee_fold(text) returns text
    language sql immutable strict parallel safe
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create index movies_title_fold_trgm_idx on movies using gin (marquee_fold(title) gin_trgm_ops);
create index persons_name_fold_trgm_idx on persons using gin (marquee_fold(first_name || ' ' || coalesce(last_name, '')) gin_trgm_ops);
create index characters_name_fold_trgm_idx on characters using gin (marquee_fold(name) gin_trgm_ops);

-- Lists sorted by release date or rating put unknown values last in either direction.
create index movies_release_date_desc_idx on movies (release_date desc nulls last, id);
create index movies_average_rating_desc_idx on movies (average_rating desc nulls last, id);
create index movies_popularity_desc_idx on movies (popularity desc, id);
