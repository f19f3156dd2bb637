package dev.marquee.adapters.web.openapi;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/** Serves the OpenAPI document generated at build time, and the Swagger UI page that renders it. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class OpenApiController {

    static final String DOCUMENT = "classpath:META-INF/swagger/marquee.yml";
    static final String SWAGGER_UI_PAGE = "classpath:META-INF/swagger/views/swagger-ui/index.html";

    private final ResourceResolver resources;

    public OpenApiController(ResourceResolver resources) {
        this.resources = resources;
    }

    @Get("/openapi.yml")
    public HttpResponse<StreamedFile> document() {
        return serve(DOCUMENT, MediaType.of("application/yaml"));
    }

    @Get("/docs")
    public HttpResponse<StreamedFile> swaggerUi() {
        return serve(SWAGGER_UI_PAGE, MediaType.TEXT_HTML_TYPE);
    }

    private HttpResponse<StreamedFile> serve(String resource, MediaType mediaType) {
        return resources
                .getResource(resource)
                .map(url -> HttpResponse.ok(new StreamedFile(url)).contentType(mediaType))
                .orElseThrow(
                        () -> new IllegalStateException(resource + " is missing from the build"));
    }
}
