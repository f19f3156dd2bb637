package dev.marquee.adapters.web.problem;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.List;

/**
 * The outermost net under every error: a 4xx or 5xx that some filter answered with no body (the
 * CORS filter's 403 for an origin it does not allow, say) still gets a problem+json body, as the
 * contract promises.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ProblemBodyFilter implements Ordered {

    @ResponseFilter
    public void addMissingProblem(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() < 400
                || response.getBody().isPresent()
                || request.getMethod() == HttpMethod.HEAD) {
            return;
        }
        MutableHttpResponse<Object> withBody =
                response.body(
                        Problems.problem(
                                response.status(),
                                response.code() == 403 ? "forbidden" : "request-failed",
                                response.status().getReason(),
                                List.of()));
        withBody.contentType(Problems.MEDIA_TYPE);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
