package dev.marquee.adapters.web.ratelimit;

import com.nimbusds.jwt.JWT;
import dev.marquee.adapters.web.problem.Problems;
import dev.marquee.adapters.web.security.ClientAddresses;
import dev.marquee.adapters.web.security.UserIdSubjectValidator;
import dev.marquee.adapters.web.shared.FilterLookups;
import dev.marquee.domain.port.in.CheckRateLimitUseCase;
import dev.marquee.domain.ratelimit.RateLimitDecision;
import dev.marquee.domain.ratelimit.RateLimitedRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import java.text.ParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Applies the rate limits to every API request, before authorization, so that rejected requests
 * count too: the bucket is the user's when a valid access token is presented, the client address's
 * otherwise. Every response carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset; a
 * refusal is a 429 with Retry-After.
 */
@ServerFilter("/api/**")
public class RateLimitFilter implements Ordered {

    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";
    private static final Set<String> CREDENTIAL_PATHS =
            Set.of("/api/v1/auth/login", "/api/v1/auth/register");

    private final CheckRateLimitUseCase rateLimits;
    private final ClientAddresses clients;
    private final JsonWebTokenValidator<JWT, HttpRequest<?>> tokens;
    private final FilterLookups lookups;

    public RateLimitFilter(
            CheckRateLimitUseCase rateLimits,
            ClientAddresses clients,
            JsonWebTokenValidator<JWT, HttpRequest<?>> tokens,
            FilterLookups lookups) {
        this.rateLimits = rateLimits;
        this.clients = clients;
        this.tokens = tokens;
        this.lookups = lookups;
    }

    @RequestFilter
    public CompletableFuture<Optional<HttpResponse<?>>> check(HttpRequest<?> request) {
        if (!rateLimits.enabled()) {
            return FilterLookups.proceed();
        }
        return lookups.offEventLoop(() -> Optional.ofNullable(takeToken(request)));
    }

    private @Nullable HttpResponse<?> takeToken(HttpRequest<?> request) {
        boolean credentials = CREDENTIAL_PATHS.contains(request.getPath());
        Optional<RateLimitDecision> checked =
                rateLimits.check(
                        new RateLimitedRequest(
                                userId(request).orElse(null), clients.of(request), credentials));
        if (checked.isEmpty()) {
            return null;
        }
        RateLimitDecision decision = checked.get();
        request.setAttribute(DECISION, decision);
        if (decision.allowed()) {
            return null;
        }
        MutableHttpResponse<?> refused =
                Problems.response(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "rate-limited",
                        "Too many requests; retry in " + decision.retryAfterSeconds() + " s");
        refused.header(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
        addHeaders(refused, decision);
        return refused;
    }

    @ResponseFilter
    public void report(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(DECISION, RateLimitDecision.class)
                .ifPresent(decision -> addHeaders(response, decision));
    }

    private static void addHeaders(MutableHttpResponse<?> response, RateLimitDecision decision) {
        response.header("RateLimit-Limit", String.valueOf(decision.limit()));
        response.header("RateLimit-Remaining", String.valueOf(decision.remaining()));
        response.header("RateLimit-Reset", String.valueOf(decision.resetSeconds()));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    /** The user of a valid bearer token; a missing, forged or expired token counts as anonymous. */
    private Optional<Long> userId(HttpRequest<?> request) {
        return request.getHeaders()
                .getAuthorization()
                .filter(header -> header.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(header -> header.substring(7).strip())
                .flatMap(token -> tokens.validate(token, request))
                .flatMap(RateLimitFilter::subject);
    }

    private static Optional<Long> subject(JWT jwt) {
        try {
            return UserIdSubjectValidator.userId(jwt.getJWTClaimsSet().getSubject());
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
