package uk.lscb.cse.chat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Source;

import java.util.Locale;

/**
 * How long working out and sending an answer takes after the ack, by platform and command: the
 * command's verb only ({@link CommandParser#verb}), never the text, which may hold a note. The ack
 * itself is timed per route by Micronaut ({@code http_server_requests_seconds}).
 */
@Singleton
public class ChatMetrics {
    static final String THREAD_REPLY = "thread-reply";

    private final MeterRegistry registry;

    ChatMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    Timer.Sample start() {
        return Timer.start(registry);
    }

    void replied(Timer.Sample sample, Source platform, String command) {
        sample.stop(Timer.builder("cse.chat.replies")
                .description("answers worked out and sent after the ack, by platform and command verb")
                .tag("platform", platform.name().toLowerCase(Locale.ROOT))
                .tag("command", command)
                .publishPercentileHistogram()
                .register(registry));
    }
}
