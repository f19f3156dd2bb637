-- Recommendation models: each build writes a new version of the neighbour tables, then makes it the one active
-- version in the same transaction, so requests always read one whole model.

create table recommendation_models (
    version   bigint generated always as identity primary key,
    built_at  timestamptz not null default now(),
    -- the build's settings, for the record
    settings  text        not null,
    active    boolean     not null default false
);

create unique index recommendation_models_one_active on recommendation_models (active) where active;

-- kind 1: the item-item (EASE) neighbours; kind 2: the movies people rated soon after this one
create table movie_neighbours (
    version       bigint   not null
        constraint movie_neighbours_version_fk references recommendation_models (version) on delete cascade,
    kind          smallint not null,
    movie_id      bigint   not null
        constraint movie_neighbours_movie_fk references movies (id) on delete cascade,
    rank          smallint not null,
    neighbour_id  bigint   not null
        constraint movie_neighbours_neighbour_fk references movies (id) on delete cascade,
    weight        real     not null,
    primary key (version, movie_id, kind, rank),
    constraint movie_neighbours_kind_valid check (kind in (1, 2)),
    constraint movie_neighbours_rank_positive check (rank >= 1)
);

create table movie_model_popularity (
    version     bigint not null
        constraint movie_model_popularity_version_fk references recommendation_models (version) on delete cascade,
    movie_id    bigint not null
        constraint movie_model_popularity_movie_fk references movies (id) on delete cascade,
    popularity  real   not null,
    primary key (version, movie_id),
    constraint movie_model_popularity_range check (popularity between 0 and 1)
);

create index movie_model_popularity_ranking_idx on movie_model_popularity (version, popularity desc, movie_id);
