package dev.marquee.domain.country;

import dev.marquee.domain.shared.InvalidInputException;
import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, stored upper case. */
public record CountryCode(String value) {

    /** An alpha-2 code has exactly this many letters. */
    public static final int LENGTH = 2;

    private static final Set<String> ASSIGNED_CODES =
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public CountryCode {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("code", "must not be blank");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!ASSIGNED_CODES.contains(value)) {
            throw new InvalidInputException(
                    "code", "must be an ISO 3166-1 alpha-2 code such as FR or US");
        }
    }
}
