package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.country.Country;
import dev.marquee.domain.country.CountryCode;
import dev.marquee.domain.country.CountryDetails;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.country.CountryName;
import dev.marquee.domain.port.in.ManageCountriesUseCase;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What every CountryRepository must do, run against the in-memory fake and PostgreSQL. */
public abstract class CountryRepositoryContract extends ContractSupport {

    protected abstract CountryRepository countries();

    /** An ISO code that no stored country has yet. */
    protected abstract String freeCountryCode();

    /** Makes a movie (or person) name the country, as the catalogue does. */
    protected abstract void referToFromAMovie(CountryId country);

    @Test
    void addsFindsUpdatesAndDeletesACountry() {
        Country country = countries().add(details(freeCountryCode(), "Freedonia " + unique()));
        CountryDetails renamed = details(country.code().value(), "Sylvania " + unique());

        country.update(renamed);
        countries().save(country);

        assertThat(countries().findById(country.id()).orElseThrow().details()).isEqualTo(renamed);
        assertThat(countries().delete(country.id())).isTrue();
        assertThat(countries().findById(country.id())).isEmpty();
        assertThat(countries().delete(country.id())).isFalse();
    }

    @Test
    void aTakenCodeIsADuplicateCountryCodeConflict() {
        String code = freeCountryCode();
        countries().add(details(code, "First " + unique()));

        assertThatThrownBy(() -> countries().add(details(code, "Second " + unique())))
                .satisfies(conflict("duplicate-country-code"));
    }

    @Test
    void aNameTakenInAnotherCaseIsADuplicateCountryNameConflict() {
        String name = "Genovia " + unique();
        countries().add(details(freeCountryCode(), name));

        assertThatThrownBy(
                        () ->
                                countries()
                                        .add(
                                                details(
                                                        freeCountryCode(),
                                                        name.toLowerCase(Locale.ROOT))))
                .satisfies(conflict("duplicate-country-name"));
    }

    @Test
    void aSaveToATakenNameIsAConflictAndChangesNothing() {
        String taken = "Taken " + unique();
        countries().add(details(freeCountryCode(), taken));
        Country other = countries().add(details(freeCountryCode(), "Other " + unique()));
        CountryDetails before = other.details();

        other.update(details(other.code().value(), taken.toUpperCase(Locale.ROOT)));

        assertThatThrownBy(() -> countries().save(other))
                .satisfies(conflict("duplicate-country-name"));
        assertThat(countries().findById(other.id()).orElseThrow().details()).isEqualTo(before);
    }

    @Test
    void sortsByEveryPublishedFieldAndPagesWithoutOverlap() {
        countries().add(details(freeCountryCode(), "Ruritania " + unique()));
        countries().add(details(freeCountryCode(), "Zembla " + unique()));
        countries().add(details(freeCountryCode(), "Kurland " + unique()));

        List<String> codes =
                countries()
                        .findAll(new PageRequest(1, 100, List.of(SortOrder.ascending("code"))))
                        .items()
                        .stream()
                        .map(c -> c.code().value())
                        .toList();
        assertThat(codes).isSorted();
        for (String field : ManageCountriesUseCase.SORTABLE.fields()) {
            assertThat(
                            countries()
                                    .findAll(
                                            new PageRequest(
                                                    1, 5, List.of(SortOrder.descending(field))))
                                    .items())
                    .as(field)
                    .isNotEmpty();
        }
        var first = countries().findAll(new PageRequest(1, 2, List.of()));
        var second = countries().findAll(new PageRequest(2, 2, List.of()));
        assertThat(first.items().stream().map(item -> item.id()).toList())
                .doesNotContainAnyElementsOf(
                        second.items().stream().map(item -> item.id()).toList());
    }

    @Test
    void aCountryStillReferredToCannotBeDeleted() {
        Country country = countries().add(details(freeCountryCode(), "Elbonia " + unique()));
        referToFromAMovie(country.id());

        assertThatThrownBy(() -> countries().delete(country.id()))
                .satisfies(conflict("country-in-use"));
        assertThat(countries().findById(country.id())).isPresent();
    }

    private static CountryDetails details(String code, String name) {
        return new CountryDetails(new CountryCode(code), new CountryName(name));
    }
}
