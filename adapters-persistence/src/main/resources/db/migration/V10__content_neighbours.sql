-- The content model (kind 3): each movie's movies sharing its genres, keywords and cast, weighted by rarity (IDF
-- cosine), in the same versioned table as the collaborative kinds. A content row names the features the pair
-- shares most, strongest first, each 'G|genre id|name', 'K|0|keyword' or 'C|person id|name' as of the build, so
-- a reason says what made the weight of that very model version; the other kinds leave it null.

alter table movie_neighbours drop constraint movie_neighbours_kind_valid;
alter table movie_neighbours add constraint movie_neighbours_kind_valid check (kind in (1, 2, 3));
alter table movie_neighbours add column shared text[];
