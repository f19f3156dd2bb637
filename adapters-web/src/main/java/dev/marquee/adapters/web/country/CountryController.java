package dev.marquee.adapters.web.country;

import dev.marquee.adapters.web.openapi.CommonErrors;
import dev.marquee.adapters.web.openapi.ConflictError;
import dev.marquee.adapters.web.openapi.CreatedResponse;
import dev.marquee.adapters.web.openapi.NoContentResponse;
import dev.marquee.adapters.web.openapi.NotFoundError;
import dev.marquee.adapters.web.openapi.OkResponse;
import dev.marquee.adapters.web.openapi.PageReadResponses;
import dev.marquee.adapters.web.openapi.ReadResponses;
import dev.marquee.adapters.web.openapi.RequiresAdmin;
import dev.marquee.adapters.web.paging.ListParameters;
import dev.marquee.adapters.web.paging.PageResponse;
import dev.marquee.adapters.web.paging.PagedResponses;
import dev.marquee.adapters.web.security.Roles;
import dev.marquee.adapters.web.shared.PathIds;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.port.in.ManageCountriesUseCase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;

/** The countries movies are tagged with: public reads, admin writes. */
@Controller("/api/v1/countries")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Countries")
@CommonErrors
public class CountryController {

    private final ManageCountriesUseCase countries;
    private final CountryWebMapper mapper;

    public CountryController(ManageCountriesUseCase countries, CountryWebMapper mapper) {
        this.countries = countries;
        this.mapper = mapper;
    }

    /** Lists countries, by name unless {@code sort} (id, code, name) says otherwise. */
    @Get
    @Operation(operationId = "listCountries")
    @PageReadResponses
    public HttpResponse<PageResponse<CountryResponse>> list(
            HttpRequest<?> request, @Valid @RequestBean ListParameters parameters) {
        return PagedResponses.ok(
                request, mapper.toPage(countries.list(parameters.toPageRequest())));
    }

    @Get("/{id}")
    @Operation(operationId = "getCountry", summary = "A country")
    @ReadResponses
    @NotFoundError
    public CountryResponse get(long id) {
        return mapper.toResponse(countries.get(PathIds.of(id, "country", CountryId::new)));
    }

    /** Creates a country; codes and names are unique regardless of case (409). */
    @Post
    @Secured(Roles.ADMIN)
    @Operation(operationId = "createCountry")
    @Status(HttpStatus.CREATED)
    @CreatedResponse
    @RequiresAdmin
    @ConflictError
    public HttpResponse<CountryResponse> create(@Valid @Body CountryRequest body) {
        CountryResponse created = mapper.toResponse(countries.create(body.toDetails()));
        return HttpResponse.created(created, URI.create("/api/v1/countries/" + created.id()));
    }

    @Put("/{id}")
    @Secured(Roles.ADMIN)
    @Operation(operationId = "updateCountry", summary = "Changes a country's code and name")
    @OkResponse
    @RequiresAdmin
    @NotFoundError
    @ConflictError
    public CountryResponse update(long id, @Valid @Body CountryRequest body) {
        return mapper.toResponse(
                countries.update(PathIds.of(id, "country", CountryId::new), body.toDetails()));
    }

    /** Deletes a country; one that movies or persons still name cannot be deleted (409). */
    @Delete("/{id}")
    @Secured(Roles.ADMIN)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteCountry")
    @NoContentResponse
    @RequiresAdmin
    @NotFoundError
    @ConflictError
    public void delete(long id) {
        countries.delete(PathIds.of(id, "country", CountryId::new));
    }
}
