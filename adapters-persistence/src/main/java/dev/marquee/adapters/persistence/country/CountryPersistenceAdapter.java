package dev.marquee.adapters.persistence.country;

import dev.marquee.adapters.persistence.shared.ConstraintViolations;
import dev.marquee.adapters.persistence.shared.Paging;
import dev.marquee.domain.country.Country;
import dev.marquee.domain.country.CountryCode;
import dev.marquee.domain.country.CountryDetails;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.country.CountryName;
import dev.marquee.domain.port.out.CountryRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stores countries in PostgreSQL. */
@Singleton
public class CountryPersistenceAdapter implements CountryRepository {

    private static final Paging PAGING =
            Paging.sorting(Map.of("id", "id", "code", "code", "name", "name"), Set.of("name"));
    private static final ConstraintViolations DELETE_VIOLATIONS =
            ConstraintViolations.of(
                    Map.of(
                            "movies_country_fk",
                                    () ->
                                            new ConflictException(
                                                    "country-in-use",
                                                    "Movies still name this country; change them first"),
                            "persons_country_fk",
                                    () ->
                                            new ConflictException(
                                                    "country-in-use",
                                                    "Persons still name this country; change them first")));

    private final CountryRowRepository rows;

    public CountryPersistenceAdapter(CountryRowRepository rows) {
        this.rows = rows;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Country> findAll(PageRequest request) {
        var page = rows.findAll(PAGING.pageable(request));
        return Page.of(
                page.getContent().stream().map(CountryPersistenceAdapter::toCountry).toList(),
                request,
                page.getTotalSize());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Country> findById(CountryId id) {
        return rows.findById(id.value()).map(CountryPersistenceAdapter::toCountry);
    }

    @Override
    @Transactional
    public Country add(CountryDetails details) {
        return toCountry(violations(details).translate(() -> rows.save(toRow(null, details))));
    }

    @Override
    @Transactional
    public void save(Country country) {
        violations(country.details())
                .translate(() -> rows.update(toRow(country.id().value(), country.details())));
    }

    @Override
    @Transactional
    public boolean delete(CountryId id) {
        if (!rows.existsById(id.value())) {
            return false;
        }
        DELETE_VIOLATIONS.translate(() -> rows.deleteById(id.value()));
        return true;
    }

    private static ConstraintViolations violations(CountryDetails details) {
        return ConstraintViolations.of(
                Map.of(
                        "countries_code_unique",
                                () ->
                                        new ConflictException(
                                                "duplicate-country-code",
                                                "A country with code '"
                                                        + details.code().value()
                                                        + "' already exists"),
                        "countries_name_lower_unique",
                                () ->
                                        new ConflictException(
                                                "duplicate-country-name",
                                                "A country named '"
                                                        + details.name().value()
                                                        + "' already exists")));
    }

    private static CountryRow toRow(Long id, CountryDetails details) {
        return new CountryRow(id, details.code().value(), details.name().value());
    }

    private static Country toCountry(CountryRow row) {
        return Country.restore(
                new CountryId(row.id()),
                new CountryDetails(new CountryCode(row.code()), new CountryName(row.name())));
    }
}
