package dev.marquee.adapters.persistence.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.adapters.persistence.PersistenceTest;
import dev.marquee.domain.country.Country;
import dev.marquee.domain.country.CountryCode;
import dev.marquee.domain.country.CountryDetails;
import dev.marquee.domain.country.CountryName;
import dev.marquee.domain.port.out.CountryRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class CountryPersistenceAdapterTest extends PersistenceTest {

    @Inject CountryRepository countries;

    @Test
    void addsUpdatesAndDeletesCountry() {
        Country country = countries.add(details(freeCountryCode(), "Freedonia " + unique()));
        CountryDetails renamed = details(country.code().value(), "Sylvania " + unique());

        country.update(renamed);
        countries.save(country);

        assertThat(countries.findById(country.id()).orElseThrow().details()).isEqualTo(renamed);
        assertThat(countries.delete(country.id())).isTrue();
        assertThat(countries.findById(country.id())).isEmpty();
    }

    @Test
    void rejectsDuplicateCode() {
        String code = freeCountryCode();
        countries.add(details(code, "First " + unique()));

        assertThatThrownBy(() -> countries.add(details(code, "Second " + unique())))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("duplicate-country-code"));
    }

    @Test
    void rejectsDuplicateNameRegardlessOfCase() {
        String name = "Genovia " + unique();
        countries.add(details(freeCountryCode(), name));

        assertThatThrownBy(
                        () ->
                                countries.add(
                                        details(freeCountryCode(), name.toLowerCase(Locale.ROOT))))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("duplicate-country-name"));
    }

    @Test
    void sortsByCode() {
        var page = countries.findAll(new PageRequest(1, 100, List.of(SortOrder.ascending("code"))));

        List<String> codes = page.items().stream().map(c -> c.code().value()).toList();
        assertThat(codes).isSorted();
    }

    @Test
    void refusesToDeleteCountryNamedByAPerson() throws Exception {
        Country country = countries.add(details(freeCountryCode(), "Elbonia " + unique()));
        sql("insert into persons (first_name, country_id) values ('Ann', ?)", country.id().value());

        assertThatThrownBy(() -> countries.delete(country.id()))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("country-in-use"));
    }

    private static CountryDetails details(String code, String name) {
        return new CountryDetails(new CountryCode(code), new CountryName(name));
    }
}
