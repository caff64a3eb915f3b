package uk.lscb.cse.support

import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.classic.spi.IThrowableProxy
import ch.qos.logback.core.AppenderBase
import org.slf4j.LoggerFactory

import java.util.concurrent.CopyOnWriteArrayList

/**
 * Everything the service logs while a feature runs, as an operator's log would hold it: each
 * message with its exception, every cause's message and stack frame. For "the log never shows X".
 */
class CapturedLog extends AppenderBase<ILoggingEvent> implements Closeable {
    private final List<String> lines = new CopyOnWriteArrayList<>()

    CapturedLog() {
        context = (LoggerFactory.getILoggerFactory() as ch.qos.logback.classic.LoggerContext)
        start()
        root().addAppender(this)
    }

    @Override
    protected void append(ILoggingEvent event) {
        StringBuilder line = new StringBuilder("${event.level} ${event.loggerName} - ${event.formattedMessage}")
        for (IThrowableProxy t = event.throwableProxy; t != null; t = t.cause) {
            line.append("\n${t.className}: ${t.message}")
            t.stackTraceElementProxyArray.each { line.append("\n\t${it.steAsString}") }
        }
        lines << line.toString()
    }

    /** Every line logged so far, whole. */
    String getText() { lines.join('\n') }

    List<String> getLines() { List.copyOf(lines) }

    @Override
    void close() {
        root().detachAppender(this)
        stop()
    }

    private static Logger root() { LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) as Logger }
}
