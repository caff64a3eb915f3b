package uk.lscb.cse.ops;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Logback's JSON encoder (one object per line: timestamp, level, logger, message, MDC with the request
 * id, exception), with what the plain pattern masks masked here too: anything shaped like an email.
 * The code never logs one; a library's message or an exception might (a database's "Duplicate entry").
 */
public class MaskedJsonEncoder extends JsonEncoder {
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    public MaskedJsonEncoder() {
        // The message as read ("formattedMessage"), not the template and its arguments apart.
        setWithFormattedMessage(true);
        setWithMessage(false);
        setWithArguments(false);
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        String line = new String(super.encode(event), StandardCharsets.UTF_8);
        return EMAIL.matcher(line).replaceAll("<email>").getBytes(StandardCharsets.UTF_8);
    }
}
