package dev.marquee.adapters.web.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.servers.ServerVariable;

/**
 * The title, version, licence, servers and security scheme of the generated OpenAPI document. Which
 * operations need the scheme is said per operation ({@link RequiresToken}, {@link RequiresAdmin});
 * the shared error responses, headers and the Problem schema are merged in from {@code
 * src/main/openapi}.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Marquee",
                        version = "1",
                        description = "Movie catalogue, personal library and recommendations",
                        license =
                                @License(
                                        name = "Proprietary",
                                        url = "https://marquee.dev/licence")),
        servers =
                @Server(
                        url = "{scheme}://{host}:{port}",
                        description =
                                "Wherever Marquee runs; by default on this machine, port 8080",
                        variables = {
                            @ServerVariable(
                                    name = "scheme",
                                    defaultValue = "http",
                                    allowableValues = {"http", "https"}),
                            @ServerVariable(name = "host", defaultValue = "localhost"),
                            @ServerVariable(name = "port", defaultValue = "8080")
                        }))
@SecurityScheme(
        name = MarqueeApiDefinition.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "The accessToken of POST /api/v1/auth/login")
public final class MarqueeApiDefinition {

    /** The name of the bearer-token security scheme in the document. */
    public static final String BEARER = "bearer";

    private MarqueeApiDefinition() {}
}
