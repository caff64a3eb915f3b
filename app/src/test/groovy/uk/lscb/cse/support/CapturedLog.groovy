package uk.lscb.cse.support

import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.classic.spi.ThrowableProxyUtil
import ch.qos.logback.core.read.ListAppender
import org.slf4j.LoggerFactory

/**
 * Everything the service logs while a feature runs, as an operator's log would hold it (each
 * message with its exception, every cause's message and stack frame), so a spec can show a note or
 * an email never reached a log. Use as {@code @AutoCleanup CapturedLog log = CapturedLog.start()}.
 */
class CapturedLog implements AutoCloseable {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>()

    CapturedLog() {
        appender.start()
        root().addAppender(appender)
    }

    static CapturedLog start() {
        new CapturedLog()
    }

    /** Every line logged so far, whole: level, logger, message, then the exception with its causes. */
    List<String> getLines() {
        List.copyOf(appender.list).collect { event ->
            "${event.level} ${event.loggerName} - ${event.formattedMessage}" +
                    (event.throwableProxy == null ? '' : '\n' + ThrowableProxyUtil.asString(event.throwableProxy))
        }
    }

    String getText() { lines.join('\n') }

    /** A logged line as an operator's log shipper sees it: logger, message and the MDC it was logged under. */
    static class Event {
        String logger
        String level
        String message
        Map<String, String> mdc
    }

    List<Event> getEvents() {
        List.copyOf(appender.list).collect { new Event(logger: it.loggerName, level: it.level.toString(),
                message: it.formattedMessage, mdc: Map.copyOf(it.MDCPropertyMap)) }
    }

    /** Whether any logged message or stack trace contains the text. */
    boolean mentions(String text) {
        this.text.contains(text)
    }

    @Override
    void close() {
        root().detachAppender(appender)
    }

    private static Logger root() {
        (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)
    }
}
