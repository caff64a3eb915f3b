package uk.lscb.cse.chat.slack

import spock.lang.Specification
import uk.lscb.cse.chat.Audience
import uk.lscb.cse.chat.ChatReply
import uk.lscb.cse.chat.ReplyViews
import uk.lscb.cse.chat.Samples
import uk.lscb.cse.chat.Text
import uk.lscb.cse.audit.Source
import uk.lscb.cse.plan.ProgressEntry
import uk.lscb.cse.plan.Rag

import java.time.Instant

import java.time.ZoneId

/** Every reply and notice, as Slack shows it: Block Kit within Slack's limits, the same words as Teams. */
class SlackViewsSpec extends Specification {

    static void withinLimits(List<Map> blocks) {
        assert blocks.size() <= 50
        blocks.each { block ->
            switch (block.type) {
                case 'header': assert block.text.text.length() <= 150; break
                case 'section':
                    assert block.text == null || block.text.text.length() <= 3000
                    assert block.fields == null || (block.fields.size() <= 10 && block.fields.every { it.text.length() <= 2000 })
                    break
                case 'actions': assert block.elements.size() <= 25; break
                case 'context': assert block.elements.size() <= 10; break
                default: assert false, "unexpected block ${block.type}"
            }
        }
    }

    def '#name renders within Block Kit limits'() {
        expect:
        withinLimits(SlackViews.render(view).blocks())

        where:
        name << Samples.views().keySet()
        view << Samples.views().values()
    }

    def 'a very long plan still fits one message: #count actions with long titles'() {
        given:
        def actions = (1..count).collect { Samples.action("1.$it", 'A long action title ' * 20) }

        when:
        def rendered = SlackViews.render(ReplyViews.view(new ChatReply.ActionList('Overdue actions', actions, '', null),
                Audience.PRIVATE, ZoneId.of('Europe/London')))

        then:
        withinLimits(rendered.blocks())
        rendered.blocksJson().contains('…and ')

        where:
        count << [41, 500]
    }

    def 'styles become mrkdwn, with the markers touching the words: #words'() {
        expect:
        SlackViews.mrkdwn(text) == mrkdwn

        where:
        words            | text                                                   | mrkdwn
        'bold ref'       | Text.of('• ').strong('1.2').plain(' Online pages')     | '• *1.2* Online pages'
        'spaced italics' | Text.of('note').em(' waiting on <police> ')            | 'note _waiting on &lt;police&gt;_ '
        'a command'      | Text.of('Use ').command('status <ref>')                | 'Use `/cse status &lt;ref&gt;`'
        'a bar'          | new Text([]).code('██░░').plain(' 2')                   | '`██░░` 2'
        'a long note'    | new Text([]).em('line one\nline two')                  | '_line one_\n_line two_'
    }

    def 'a note "#typed" cannot become a Slack link: mrkdwn links need < and >, which are escaped'() {
        given:
        def entry = new ProgressEntry(11, Instant.parse('2016-06-30T23:30:00Z'), Rag.GREEN, Rag.AMBER, null, typed,
                Samples.EMAIL, Source.SLACK, 'CPLAN')

        when:
        String shown = SlackViews.render(ReplyViews.view(new ChatReply.History(Samples.action(), [entry], null),
                Audience.PRIVATE, ZoneId.of('Europe/London'))).blocksJson()

        then:
        shown.contains(escaped)
        !shown.contains('<http')
        !shown.contains('<!')
        !shown.contains('<@')

        where:
        typed                                   | escaped
        '<https://evil.example|click here>'     | '&lt;https://evil.example|click here&gt;'
        '<!channel> look'                       | '&lt;!channel&gt; look'
        '<@U123> & <#C123>'                     | '&lt;@U123&gt; &amp; &lt;#C123&gt;'
    }
}
