package dev.marquee.adapters.web.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The title, version and security scheme of the generated OpenAPI document. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Marquee",
                        version = "1",
                        description = "Movie catalogue, personal library and recommendations"),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
        name = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT")
public final class MarqueeApiDefinition {

    private MarqueeApiDefinition() {}
}
