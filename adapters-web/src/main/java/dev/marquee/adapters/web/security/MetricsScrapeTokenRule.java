package dev.marquee.adapters.web.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.reactivestreams.Publisher;

/**
 * Lets a metrics scraper read {@code /prometheus} with a long-lived secret of the operator's
 * ({@code marquee.metrics.scrape-token}, at least 32 characters) instead of an administrator's
 * short-lived access token. Without that setting, only administrators read the metrics.
 */
@Singleton
@Requires(property = "marquee.metrics.scrape-token")
public class MetricsScrapeTokenRule implements SecurityRule<HttpRequest<?>> {

    static final String METRICS_PATH = "/prometheus";
    private static final int MINIMUM_LENGTH = 32;

    private final byte[] expected;

    public MetricsScrapeTokenRule(@Value("${marquee.metrics.scrape-token}") String scrapeToken) {
        if (scrapeToken.strip().length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException(
                    "marquee.metrics.scrape-token must be at least "
                            + MINIMUM_LENGTH
                            + " characters");
        }
        this.expected = ("Bearer " + scrapeToken.strip()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Publisher<SecurityRuleResult> check(
            @Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null || !METRICS_PATH.equals(request.getPath())) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        byte[] presented =
                request.getHeaders().getAuthorization().orElse("").getBytes(StandardCharsets.UTF_8);
        return Publishers.just(
                MessageDigest.isEqual(expected, presented)
                        ? SecurityRuleResult.ALLOWED
                        : SecurityRuleResult.UNKNOWN);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
