-- Rating aggregates on the movie row, kept exact by triggers on ratings: every insert, update and delete
-- (including the cascades of a deleted account) adjusts them under the movie row's lock, so concurrent
-- raters serialise on it and lists sort by average_rating without aggregating the ratings table.

alter table movies
    add column rating_sum numeric(12, 1) not null default 0,
    -- counts per half star: element 1 is 0.5 stars, element 10 is 5.0
    add column rating_histogram integer[] not null default '{0,0,0,0,0,0,0,0,0,0}',
    add constraint movies_rating_sum_non_negative check (rating_sum >= 0),
    add constraint movies_rating_histogram_shape check (array_length(rating_histogram, 1) = 10);

create function marquee_apply_rating(movie bigint, score numeric, direction integer) returns void
    language sql as $$
    update movies
    set rating_count = rating_count + direction,
        rating_sum = rating_sum + direction * score,
        rating_histogram[(score * 2)::int] = rating_histogram[(score * 2)::int] + direction,
        average_rating = case when rating_count + direction = 0 then null
                              else round((rating_sum + direction * score) / (rating_count + direction), 3) end
    where id = movie
$$;

create function marquee_ratings_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform marquee_apply_rating(old.movie_id, old.score, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform marquee_apply_rating(new.movie_id, new.score, 1);
    end if;
    return null;
end
$$;

create trigger ratings_keep_movie_aggregates
    after insert or delete or update of score, movie_id on ratings
    for each row execute function marquee_ratings_changed();

-- Bring any movie rated before this migration in line.
update movies m
set rating_count = r.n, rating_sum = r.total, average_rating = round(r.total / r.n, 3), rating_histogram = r.histogram
from (select movie_id, count(*) as n, sum(score) as total,
             array[count(*) filter (where score = 0.5), count(*) filter (where score = 1.0),
                   count(*) filter (where score = 1.5), count(*) filter (where score = 2.0),
                   count(*) filter (where score = 2.5), count(*) filter (where score = 3.0),
                   count(*) filter (where score = 3.5), count(*) filter (where score = 4.0),
                   count(*) filter (where score = 4.5), count(*) filter (where score = 5.0)]::integer[] as histogram
      from ratings group by movie_id) r
where m.id = r.movie_id;
