package uk.lscb.cse.chat

import spock.lang.Specification

import java.time.ZoneId

import static uk.lscb.cse.chat.Samples.EMAIL
import static uk.lscb.cse.chat.Samples.NOTE

/** The one place that decides what an audience may see, and the words both platforms use. */
class ReplyViewsSpec extends Specification {
    static final ZoneId LONDON = ZoneId.of('Europe/London')

    def 'a #name rendered for a channel never shows a progress note or an email'() {
        when:
        String shared = ReplyViews.view(reply, Audience.SHARED, LONDON).words()

        then:
        !shared.contains(NOTE)
        !shared.contains(EMAIL)

        where:
        name << Samples.replies().keySet()
        reply << Samples.replies().values()
    }

    def 'the asker alone sees the notes and who wrote them in "#name"'() {
        expect:
        ReplyViews.view(reply, Audience.PRIVATE, LONDON).words().contains(NOTE)
        ReplyViews.view(reply, Audience.PRIVATE, LONDON).words().contains(EMAIL)

        where:
        name      | reply
        'detail'  | Samples.replies().detail
        'history' | Samples.replies().history
    }

    def 'someone not among the board\'s people reads "#name" without notes or authors, even privately'() {
        when:
        String words = ReplyViews.view(reply, Audience.PRIVATE, false, LONDON).words()

        then:
        !words.contains(NOTE)
        !words.contains(EMAIL)

        where:
        name << Samples.replies().keySet()
        reply << Samples.replies().values()
    }

    def 'no notice ever carries a note or an email: #name'() {
        expect:
        !NoticeViews.view(notice).words().contains(NOTE)
        !NoticeViews.view(notice).words().contains(EMAIL)

        where:
        name << Samples.notices().keySet()
        notice << Samples.notices().values()
    }

    def 'an update made at 23:30 UTC on 30 June is dated #day in #zone'() {
        expect:
        ReplyViews.view(Samples.replies().history, Audience.PRIVATE, ZoneId.of(zone)).words().contains("• $day ·")

        where:
        zone            | day
        'Europe/London' | '1 Jul 2016'
        'UTC'           | '30 Jun 2016'
    }

    def 'counts read as English: #words'() {
        expect:
        Words.count(n, thing) == words

        where:
        n | thing    | words
        0 | 'action' | '0 actions'
        1 | 'action' | '1 action'
        2 | 'action' | '2 actions'
        1 | 'day'    | '1 day'
        1 | 'update' | '1 update'
    }

    def 'a timescale says what it was read as: #wording'() {
        expect:
        Words.timescale(uk.lscb.cse.plan.Timescale.read(wording)) == shown

        where:
        wording                      | shown
        'Sept 2015'                  | 'Sept 2015 (due by 30 Sep 2015)'
        '31/12/2015'                 | '31/12/2015 (due 31 Dec 2015)'
        'Ongoing'                    | 'Ongoing (ongoing)'
        'To be reviewed in July 2017'| 'To be reviewed in July 2017 (ongoing, review 1 Jul 2017)'
        '1st draft to the subgroup'  | '1st draft to the subgroup (no date: the board manager will set one)'
        'To commence in July 2016'   | 'To commence in July 2016 (ongoing from 1 Jul 2016)'
        'Review in July 2017'        | 'Review in July 2017 (ongoing, review 1 Jul 2017)'
    }

    def 'status counts the actions not rated yet apart from those not started, and those no one can be chased about'() {
        given:
        def s = Samples.summary()
        def summary = new uk.lscb.cse.plan.PlanSummary(s.planId(), s.title(), s.board(), s.asOf(), 6,
                s.byRag() + [(uk.lscb.cse.plan.Rag.NOT_RATED): 2], s.byTheme(), 1, 0, 0, s.priorityNotGreen(), 3)

        when:
        String words = ReplyViews.view(new ChatReply.PlanStatus(summary, null), Audience.SHARED, LONDON).words()

        then:
        words.contains('⬜ Not rated')
        words.contains('⚪ Not started')
        words.contains('No one to chase')
        words =~ /No one to chase\W+3/
    }

    def 'a list longer than a message can hold shows 40 lines and counts the rest'() {
        given:
        def actions = (1..100).collect { Samples.action("1.$it", "Action $it") }

        when:
        def view = ReplyViews.view(new ChatReply.ActionList('Overdue actions', actions, '', null), Audience.PRIVATE, LONDON)

        then:
        def lines = view.parts().find { it instanceof Part.Lines }.lines()
        lines.size() == 41
        lines.last().words().startsWith('…and 60 more.')
    }
}
