package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.country.Country;
import dev.marquee.domain.country.CountryDetails;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.port.out.CountryRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A CountryRepository in memory: codes and names unique regardless of case; only save() persists a
 * change.
 */
public final class InMemoryCountryRepository implements CountryRepository {

    private static final Map<String, Comparator<Country>> COLUMNS =
            Map.of(
                    "id", Comparator.comparingLong(country -> country.id().value()),
                    "code", Comparator.comparing(country -> country.code().value()),
                    "name",
                            Comparator.comparing(
                                    country -> country.name().value().toLowerCase(Locale.ROOT)));

    private final Map<Long, CountryDetails> details = new TreeMap<>();
    private final List<PageRequest> findAllRequests = new ArrayList<>();
    private final java.util.Set<Long> referred = new java.util.HashSet<>();
    private long nextId = 1;

    @Override
    public Page<Country> findAll(PageRequest request) {
        findAllRequests.add(request);
        List<Country> all =
                details.entrySet().stream().map(e -> restore(e.getKey(), e.getValue())).toList();
        return InMemoryPaging.page(all, request, COLUMNS);
    }

    @Override
    public Optional<Country> findById(CountryId id) {
        return Optional.ofNullable(details.get(id.value()))
                .map(found -> restore(id.value(), found));
    }

    @Override
    public Country add(CountryDetails country) {
        requireUnique(country, 0);
        long id = nextId++;
        details.put(id, country);
        return restore(id, country);
    }

    @Override
    public void save(Country country) {
        if (!details.containsKey(country.id().value())) {
            throw new IllegalStateException("no country " + country.id().value() + " to save");
        }
        requireUnique(country.details(), country.id().value());
        details.put(country.id().value(), country.details());
    }

    @Override
    public boolean delete(CountryId id) {
        if (referred.contains(id.value())) {
            throw new ConflictException(
                    "country-in-use", "Movies still name this country; change them first");
        }
        return details.remove(id.value()) != null;
    }

    /** Makes a movie name the country, as its foreign key would: it can then not be deleted. */
    public void referToFromAMovie(CountryId id) {
        referred.add(id.value());
    }

    /** Every request findAll() received, oldest first. */
    public List<PageRequest> findAllRequests() {
        return List.copyOf(findAllRequests);
    }

    private void requireUnique(CountryDetails candidate, long exceptId) {
        for (var entry : details.entrySet()) {
            if (entry.getKey() == exceptId) {
                continue;
            }
            if (entry.getValue().code().value().equalsIgnoreCase(candidate.code().value())) {
                throw new ConflictException(
                        "duplicate-country-code",
                        "A country with code " + candidate.code().value() + " already exists");
            }
            if (entry.getValue().name().value().equalsIgnoreCase(candidate.name().value())) {
                throw new ConflictException(
                        "duplicate-country-name",
                        "A country named " + candidate.name().value() + " already exists");
            }
        }
    }

    private static Country restore(long id, CountryDetails found) {
        return Country.restore(new CountryId(id), found);
    }
}
