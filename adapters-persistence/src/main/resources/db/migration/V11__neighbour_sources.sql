-- The movies that have neighbours of each kind in a model version (each one's rank-1 row), so a server can read
-- them once per version and skip the read for every movie outside the model: at a million movies most of a
-- user's history has no rows at all (a restricted build models the most rated movies only).
create index movie_neighbours_sources on movie_neighbours (version, kind, movie_id) where rank = 1;
