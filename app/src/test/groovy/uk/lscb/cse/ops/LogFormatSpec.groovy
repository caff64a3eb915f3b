package uk.lscb.cse.ops

import ch.qos.logback.classic.Level
import ch.qos.logback.classic.LoggerContext
import ch.qos.logback.classic.joran.JoranConfigurator
import ch.qos.logback.classic.spi.LoggingEvent
import ch.qos.logback.core.ConsoleAppender
import groovy.json.JsonSlurper
import spock.lang.Specification

/**
 * The service's own logback.xml, as it starts in production: plain lines by default, one JSON object
 * per line with LOG_FORMAT=json (for a log shipper), each carrying the request id, and in either
 * format an email a library's message might carry is masked.
 */
class LogFormatSpec extends Specification {

    def 'LOG_FORMAT=#format writes #shape with the request id, and masks emails'() {
        given:
        def encoder = encoderFor(format)
        def event = new LoggingEvent('uk.lscb.cse.SomeFeature', context.getLogger('uk.lscb.cse.SomeFeature'), Level.WARN,
                'Duplicate entry \'pat.lee@police.example\' for key', null, null)
        event.MDCPropertyMap = [request_id: 'lb-7f3a9c']

        when:
        String line = new String(encoder.encode(event), 'UTF-8')

        then:
        !line.contains('pat.lee@police.example')
        line.contains('<email>')
        line.contains('lb-7f3a9c')
        check(line)

        where:
        format | shape            | check
        null   | 'a plain line'   | { String l -> l.contains('WARN') && !l.startsWith('{') }
        'text' | 'a plain line'   | { String l -> l.contains('WARN') && !l.startsWith('{') }
        'JSON ' | 'a JSON object' | { String l -> new JsonSlurper().parseText(l).level == 'WARN' }
        'jsno' | 'a plain line (not no log at all)' | { String l -> l.contains('WARN') && !l.startsWith('{') }
        'json' | 'a JSON object'  | { String l -> def json = new JsonSlurper().parseText(l); json.level == 'WARN' && json.mdc.request_id == 'lb-7f3a9c' && json.formattedMessage.contains('<email>') }
    }

    LoggerContext context = new LoggerContext()

    def encoderFor(String format) {
        if (format != null) {
            context.putProperty('LOG_FORMAT', format)
        }
        def configurator = new JoranConfigurator(context: context)
        configurator.doConfigure(getClass().getResource('/logback.xml'))
        def appender = context.getLogger('ROOT').iteratorForAppenders().toList().find { it instanceof ConsoleAppender }
        assert appender: 'logback.xml sends the root logger to the console'
        appender.encoder
    }

    def cleanup() {
        context.stop()
    }
}
