package uk.lscb.cse.support

import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.classic.spi.ThrowableProxyUtil
import ch.qos.logback.core.read.ListAppender
import org.slf4j.LoggerFactory

/**
 * Everything the service logs while a feature runs (messages and stack traces), so a spec can
 * show a refused note never reached a log. Use as {@code @AutoCleanup CapturedLog log = CapturedLog.start()}.
 */
class CapturedLog implements AutoCloseable {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>()

    static CapturedLog start() {
        CapturedLog log = new CapturedLog()
        log.appender.start()
        root().addAppender(log.appender)
        log
    }

    /** Whether any logged message or stack trace contains the text. */
    boolean mentions(String text) {
        appender.list.any { event ->
            event.formattedMessage.contains(text)
                    || event.throwableProxy != null && ThrowableProxyUtil.asString(event.throwableProxy).contains(text)
        }
    }

    @Override
    void close() {
        root().detachAppender(appender)
    }

    private static Logger root() {
        (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)
    }
}
