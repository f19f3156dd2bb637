package dev.marquee.adapters.web.country;

import dev.marquee.adapters.web.shared.FieldChecks;
import dev.marquee.domain.country.CountryCode;
import dev.marquee.domain.country.CountryDetails;
import dev.marquee.domain.country.CountryName;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of a country create or update; {@code code} is ISO 3166-1 alpha-2. */
@Serdeable
public record CountryRequest(
        @NotBlank @Size(min = CountryCode.LENGTH, max = CountryCode.LENGTH) String code,
        @NotBlank @Size(max = CountryName.MAX_LENGTH) String name) {

    public CountryDetails toDetails() {
        FieldChecks fields = new FieldChecks();
        CountryCode isoCode = fields.check(() -> new CountryCode(code));
        CountryName countryName = fields.check(() -> new CountryName(name));
        return fields.build(() -> new CountryDetails(isoCode, countryName));
    }
}
