package dev.marquee.adapters.persistence.person;

import dev.marquee.adapters.persistence.movie.MovieSummaries;
import dev.marquee.adapters.persistence.shared.Rows;
import dev.marquee.adapters.persistence.shared.Sql;
import dev.marquee.adapters.persistence.shared.SqlClauses;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.person.Gender;
import dev.marquee.domain.person.PersonFilter;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.PersonQueries;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.view.CountryRef;
import dev.marquee.domain.view.FileView;
import dev.marquee.domain.view.MovieSummary;
import dev.marquee.domain.view.Named;
import dev.marquee.domain.view.PersonSummary;
import dev.marquee.domain.view.PersonView;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Person read models in SQL: filtered lists, and a person's page in four queries whatever their
 * filmography.
 */
@Singleton
public class PersonQueryAdapter implements PersonQueries {

    private static final Map<String, String> SORT_COLUMNS =
            Map.of(
                    "lastName", "lower(coalesce(p.last_name, p.first_name))",
                    "dateOfBirth", "p.date_of_birth");

    private static final String PERSON =
            """
            select p.*, c.code as country_code, c.name as country_name,
                   (select pp.file_id from person_photos pp where pp.person_id = p.id and pp.is_main) as main_photo_file_id
            from persons p left join countries c on c.id = p.country_id""";

    private static final String PHOTOS =
            """
            select f.id, f.file_name, f.mime_type, f.size_bytes, pp.is_main
            from person_photos pp join files f on f.id = pp.file_id
            where pp.person_id = ? order by pp.added_at, f.id""";

    private static final String DIRECTED =
            "select "
                    + MovieSummaries.COLUMNS
                    + " from movies m where m.director_id = ? order by m.release_date desc nulls last, m.id";

    private static final String PARTS =
            "select "
                    + MovieSummaries.COLUMNS
                    + """
            , cc.role, ch.id as character_id, ch.name as character_name
            from cast_credits cc join movies m on m.id = cc.movie_id join characters ch on ch.id = cc.character_id
            where cc.actor_id = ? order by m.release_date desc nulls last, m.id, cc.id""";

    private final Sql sql;

    public PersonQueryAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PersonSummary> findSummaries(PersonFilter filter, PageRequest request) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        return sql.page(
                "select count(*) from persons p" + where,
                PERSON + where + SqlClauses.orderBy(request, SORT_COLUMNS, "p.id"),
                parameters,
                request,
                PersonQueryAdapter::toSummary);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonView> findView(PersonId id) {
        return sql.one(
                        PERSON + " where p.id = ?",
                        List.of(id.value()),
                        row -> {
                            PersonSummary person = toSummary(row);
                            return new PersonView(
                                    person.id(),
                                    person.firstName(),
                                    person.lastName(),
                                    row.getString("biography"),
                                    person.dateOfBirth(),
                                    person.gender(),
                                    person.country(),
                                    null,
                                    List.of(),
                                    List.of(),
                                    List.of(),
                                    Rows.instant(row, "created_at"),
                                    Rows.instant(row, "updated_at"));
                        })
                .map(person -> withFilmography(id, person));
    }

    private PersonView withFilmography(PersonId id, PersonView person) {
        List<PhotoRow> photos =
                sql.list(
                        PHOTOS,
                        List.of(id.value()),
                        row ->
                                new PhotoRow(
                                        new FileView(
                                                row.getLong("id"),
                                                row.getString("file_name"),
                                                row.getString("mime_type"),
                                                row.getLong("size_bytes")),
                                        row.getBoolean("is_main")));
        FileView mainPhoto =
                photos.stream().filter(PhotoRow::main).map(PhotoRow::file).findFirst().orElse(null);
        List<MovieSummary> directed = sql.list(DIRECTED, List.of(id.value()), MovieSummaries::map);
        List<PersonView.Part> roles =
                sql.list(
                        PARTS,
                        List.of(id.value()),
                        row ->
                                new PersonView.Part(
                                        MovieSummaries.map(row),
                                        new Named(
                                                row.getLong("character_id"),
                                                row.getString("character_name")),
                                        CastRole.valueOf(row.getString("role"))));
        return new PersonView(
                person.id(),
                person.firstName(),
                person.lastName(),
                person.biography(),
                person.dateOfBirth(),
                person.gender(),
                person.country(),
                mainPhoto,
                photos.stream().map(PhotoRow::file).toList(),
                directed,
                roles,
                person.createdAt(),
                person.updatedAt());
    }

    private static String where(PersonFilter filter, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.q() != null) {
            SqlClauses.containsEveryWord(
                    "marquee_fold(p.first_name || ' ' || coalesce(p.last_name, ''))",
                    filter.q(),
                    conditions,
                    parameters);
        }
        if (filter.country() != null) {
            SqlClauses.countryIs("p.country_id", filter.country(), conditions, parameters);
        }
        return SqlClauses.where(conditions);
    }

    private static PersonSummary toSummary(ResultSet row) throws SQLException {
        Long countryId = Rows.nullableLong(row, "country_id");
        return new PersonSummary(
                row.getLong("id"),
                row.getString("first_name"),
                row.getString("last_name"),
                Rows.date(row, "date_of_birth"),
                Gender.valueOf(row.getString("gender")),
                countryId == null
                        ? null
                        : new CountryRef(
                                countryId,
                                row.getString("country_code"),
                                row.getString("country_name")),
                Rows.nullableLong(row, "main_photo_file_id"));
    }

    /** One of a person's photos and whether it is their main one. */
    private record PhotoRow(FileView file, boolean main) {}
}
