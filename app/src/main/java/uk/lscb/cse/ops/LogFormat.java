package uk.lscb.cse.ops;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;

import java.util.Locale;

/**
 * The log's encoder, chosen by LOG_FORMAT (logback.xml passes it in): {@code json} for
 * {@link MaskedJsonEncoder}, anything else (or unset) for the plain pattern. A typo falls back to
 * plain lines rather than to no log at all.
 */
public class LogFormat extends EncoderBase<ILoggingEvent> {
    private String format;
    private String pattern;
    private Encoder<ILoggingEvent> chosen;

    public void setFormat(String format) {
        this.format = format;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    boolean json() {
        return format != null && format.strip().toLowerCase(Locale.ROOT).equals("json");
    }

    @Override
    public void start() {
        if (json()) {
            chosen = new MaskedJsonEncoder();
        } else {
            PatternLayoutEncoder plain = new PatternLayoutEncoder();
            plain.setPattern(pattern);
            chosen = plain;
        }
        chosen.setContext(getContext());
        chosen.start();
        super.start();
    }

    @Override
    public void stop() {
        if (chosen != null) {
            chosen.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return chosen.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return chosen.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return chosen.footerBytes();
    }
}
