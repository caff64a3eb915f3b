package uk.lscb.cse.ops;

import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import org.slf4j.MDC;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A request's correlation id, in the log's MDC ({@value #MDC_KEY}) wherever the request's work runs:
 * on the threads Micronaut hands the request to (as a propagated context element) and on the
 * executors the chat replies and sending run on (see {@link CarryingRequestIds}).
 */
public record RequestId(String id) implements ThreadPropagatedContextElement<Map<String, String>> {
    public static final String MDC_KEY = "request_id";
    public static final String HEADER = "X-Request-Id";
    // What load balancers and proxies send (hex, UUIDs, "Root=1-…"): anything else might be text a caller typed.
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:=-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The caller's id if it looks like one; else a new one (never the header's text: it could be an email). */
    static RequestId from(String header) {
        return new RequestId(header != null && SHAPE.matcher(header.strip()).matches() ? header.strip() : fresh());
    }

    /** A new id, for work no request started (a scheduled job). */
    public static String fresh() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The id of the work running on this thread, or null. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }

    @Override
    public Map<String, String> updateThreadContext() {
        Map<String, String> before = MDC.getCopyOfContextMap();
        MDC.put(MDC_KEY, id);
        return before;
    }

    @Override
    public void restoreThreadContext(Map<String, String> before) {
        restore(before);
    }

    static void restore(Map<String, String> before) {
        if (before == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(before);
        }
    }
}
