package dev.marquee.application.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.country.Country;
import dev.marquee.domain.country.CountryCode;
import dev.marquee.domain.country.CountryDetails;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.country.CountryName;
import dev.marquee.domain.port.out.fakes.InMemoryCountryRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryServiceTest {

    private static final CountryId UNKNOWN = new CountryId(999);

    private final InMemoryCountryRepository repository = new InMemoryCountryRepository();
    private final CountryService service = new CountryService(repository);

    private static CountryDetails country(String code, String name) {
        return new CountryDetails(new CountryCode(code), new CountryName(name));
    }

    private static List<String> codes(Page<Country> page) {
        return page.items().stream().map(country -> country.code().value()).toList();
    }

    @Test
    void listSortsByNameWhenNoSortIsGiven() {
        service.create(country("US", "United States"));
        service.create(country("DE", "Germany"));
        service.create(country("FR", "France"));

        Page<Country> page = service.list(PageRequest.first(20));

        assertThat(codes(page)).containsExactly("FR", "DE", "US");
        assertThat(repository.findAllRequests())
                .singleElement()
                .satisfies(
                        request ->
                                assertThat(request.sort())
                                        .containsExactly(SortOrder.ascending("name")));
    }

    @Test
    void listKeepsTheRequestedSort() {
        service.create(country("US", "United States"));
        service.create(country("DE", "Germany"));

        Page<Country> page =
                service.list(new PageRequest(1, 20, List.of(SortOrder.ascending("code"))));

        assertThat(codes(page)).containsExactly("DE", "US");
    }

    @Test
    void listRejectsUnknownSortFieldBeforeTouchingTheRepository() {
        PageRequest request = new PageRequest(1, 20, List.of(SortOrder.ascending("population")));

        assertThatThrownBy(() -> service.list(request))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly("sort"));
        assertThat(repository.findAllRequests()).isEmpty();
    }

    @Test
    void getReturnsAStoredCountry() {
        Country created = service.create(country("jp", "Japan"));

        Country found = service.get(created.id());

        assertThat(found.code()).isEqualTo(new CountryCode("JP"));
        assertThat(found.name()).isEqualTo(new CountryName("Japan"));
    }

    @Test
    void getOfUnknownIdIsNotFound() {
        assertThatThrownBy(() -> service.get(UNKNOWN))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("country-not-found"));
    }

    @Test
    void createOfADuplicateCodeIsAConflict() {
        service.create(country("GB", "United Kingdom"));

        assertThatThrownBy(() -> service.create(country("gb", "Great Britain")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void updatePersistsTheNewDetails() {
        Country created = service.create(country("DE", "West Germany"));

        service.update(created.id(), country("DE", "Germany"));

        assertThat(repository.findById(created.id()))
                .get()
                .extracting(Country::details)
                .isEqualTo(country("DE", "Germany"));
    }

    @Test
    void updateReturnsTheUpdatedCountry() {
        Country created = service.create(country("CZ", "Czechoslovakia"));

        Country updated = service.update(created.id(), country("CZ", "Czechia"));

        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.name()).isEqualTo(new CountryName("Czechia"));
    }

    @Test
    void updateOfUnknownIdIsNotFound() {
        assertThatThrownBy(() -> service.update(UNKNOWN, country("FR", "France")))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("country-not-found"));
    }

    @Test
    void deleteRemovesTheCountry() {
        Country created = service.create(country("IT", "Italy"));

        service.delete(created.id());

        assertThat(repository.findById(created.id())).isEmpty();
    }

    @Test
    void deleteOfUnknownIdIsNotFound() {
        assertThatThrownBy(() -> service.delete(UNKNOWN))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("country-not-found"));
    }
}
