package uk.lscb.cse.ops;

import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.Optional;

/**
 * One line per request: method, route, status and time, under its request id (the caller's
 * {@code X-Request-Id}, or a new one), which the answer carries back. The route is the template
 * ({@code /api/boards/{slug}/people/{email}}), never the path as typed, and never the query: either
 * may hold an email. First of all filters, so a request any other filter refuses is logged too.
 * Health probes and metric scrapes that succeed are logged at debug level only (they come every few seconds).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestLog implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);
    private static final String STARTED = "cse.request.started";
    private static final String ROUTE = "cse.request.route";

    private final Refusals refusals;

    RequestLog(Refusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @RequestFilter
    void start(HttpRequest<?> request, MutablePropagatedContext context) {
        RequestId id = RequestId.from(request.getHeaders().get(RequestId.HEADER));
        request.setAttribute(RequestId.MDC_KEY, id.id());
        request.setAttribute(STARTED, System.nanoTime());
        // Matched before any filter runs; an error handler's answer may no longer say which route it was.
        template(request).ifPresent(route -> request.setAttribute(ROUTE, route));
        context.add(id);
    }

    @ResponseFilter
    void finish(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = request.getAttribute(RequestId.MDC_KEY, String.class).orElseGet(RequestId::fresh);
        response.header(RequestId.HEADER, id);
        long millis = request.getAttribute(STARTED, Long.class).map(t -> (System.nanoTime() - t) / 1_000_000).orElse(0L);
        String route = request.getAttribute(ROUTE, String.class).or(() -> template(request)).orElse("(no route)");
        refusals.count(route, response.code());
        try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestId.MDC_KEY, id)) {
            if (routine(route, response.code())) {
                LOG.debug("{} {} {} in {} ms", request.getMethodName(), route, response.code(), millis);
            } else {
                LOG.info("{} {} {} in {} ms", request.getMethodName(), route, response.code(), millis);
            }
        }
    }

    /** A probe or a scrape that went well: every few seconds, all day; logged only at debug level. */
    private static boolean routine(String route, int status) {
        return status < 400 && (route.startsWith("/health") || route.equals("/prometheus"));
    }

    /** The matched route's template; a path no route matched is not repeated (it is whatever the caller typed). */
    private static Optional<String> template(HttpRequest<?> request) {
        return RouteAttributes.getRouteInfo(request)
                .filter(UriRouteInfo.class::isInstance)
                .map(info -> ((UriRouteInfo<?, ?>) info).getUriMatchTemplate().toPathString());
    }
}
