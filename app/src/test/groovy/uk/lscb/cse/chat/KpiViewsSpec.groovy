package uk.lscb.cse.chat

import spock.lang.Specification
import uk.lscb.cse.kpi.SmallNumbers

import java.time.ZoneId

/**
 * Small numbers stay safe in every rendering others can see: replies in a channel, shared cards and
 * the digest show counts from 1 to 4 as "fewer than 5", withhold a total next to a suppressed part,
 * and show no RAG or trend that would give one away. Exact values only privately to the owner and
 * coordinators.
 */
class KpiViewsSpec extends Specification {
    static final ZoneId LONDON = ZoneId.of('Europe/London')

    def '#rendering shows #shows and never #hides'() {
        when:
        String words = render()

        then:
        shows.every { words.contains(it) }
        hides.every { !words.contains(it) }

        where:
        rendering                                | render                                                  || shows                                  | hides
        'a measure of 3 in a channel'            | { reply(Samples.standing(3), true, Audience.SHARED) }   || ['2015-16 Q3 fewer than 5']            | ['Q3 3', 'Red', '↑', '↓']
        'a measure of 3 to its owner, privately' | { reply(Samples.standing(3), true, Audience.PRIVATE) }  || ['2015-16 Q3 3 · 🔴 Red ↓']            | ['fewer than']
        'a measure of 3 to a lead who does not own it, privately' | { reply(Samples.standing(3), false, Audience.PRIVATE) } || ['fewer than 5'] | ['Q3 3', 'Red']
        'a measure of 30 in a channel'           | { reply(Samples.standing(30), true, Audience.SHARED) }  || ['2015-16 Q3 30 · 🟢 Green ↑']         | ['Q3 fewer than']
        'a measure of 7, threshold 10, in a channel' | { reply(Samples.standing(7), true, Audience.SHARED, 10) } || ['fewer than 10']              | ['Q3 7']
        'a measure of 0 in a channel'            | { reply(Samples.standing(0), true, Audience.SHARED) }   || ['2015-16 Q3 0']                       | ['Q3 fewer than']
        'parts 9 and 2 with their total 11 in a channel' | { reply(Samples.split([Police: 9, Education: 2]), true, Audience.SHARED) } || [SmallNumbers.WITHHELD + ' (Police 9 · Education fewer than 5)'] | ['11', 'Education 2']
        'parts 9 and 2 with their total 11 to the owner' | { reply(Samples.split([Police: 9, Education: 2]), true, Audience.PRIVATE) } || ['11 · 🔴 Red (Police 9 · Education 2)'] | ['fewer than']
        'parts 9 and 6 with their total 15 in a channel' | { reply(Samples.split([Police: 9, Education: 6]), true, Audience.SHARED) } || ['15 · 🔴 Red (Police 9 · Education 6)'] | ['Education fewer than', SmallNumbers.WITHHELD]
        'the list of measures in a channel'      | { list(Audience.SHARED) }                               || ['2015-16 Q3: fewer than 5']           | ['Q3: 3']
        'the list of measures to the owner'      | { list(Audience.PRIVATE) }                              || ['2015-16 Q3: 3 · 🔴 Red']             | ['fewer than']
        'a value of 3 confirmed in a channel thread' | { recorded(Audience.SHARED) }                       || ['fewer than 5 by Pat Police']         | ['Q3 of 3 CSE referrals received by the police: 3', Samples.NOTE, 'Replaces']
        'a value of 3 confirmed to its giver'    | { recorded(Audience.PRIVATE) }                          || [': 3 by Pat Police', 'Replaces 2', Samples.NOTE] | ['fewer than']
        'the weekly digest'                      | { NoticeViews.view(Samples.notices().kpiDigest).words() } || ['2015-16 Q3: fewer than 5', SmallNumbers.WITHHELD + ' (Police 9 · Education fewer than 5)', 'Measures overdue for a value'] | ['Q3: 3', 'Education 2', '11']
    }

    def 'the status line counts measures due and overdue for a value'() {
        when:
        String words = ReplyViews.view(new ChatReply.PlanStatus(Samples.summary(), new ChatReply.KpiCounts(9, 2, 7), null),
                Audience.SHARED, LONDON).words()

        then:
        words.contains('Measures — 9 measures: 2 due, 7 overdue for a value · kpi lists yours')
    }

    def 'a value request asks its owner with a number box, a thread hint and the command'() {
        when:
        ChatView view = NoticeViews.view(Samples.notices().kpiRequest)

        then:
        view.audience() == Audience.PRIVATE
        view.summary() == '📊 Measure 3 needs its value for 2015-16 Q3'
        view.parts().contains(new Part.ValueInput(3, 3, '2015-16 Q3', 'CSE referrals received by the police', false))
        view.words().contains('Or reply to this message with the number, e.g. 42 or 42 note two referrals came late, or type kpi 3 42.')
    }

    private static String reply(def standing, boolean exact, Audience audience, int threshold = 5) {
        ReplyViews.view(new ChatReply.KpiDetail(standing, false, exact, new SmallNumbers(threshold), null), audience, LONDON).words()
    }

    private static String list(Audience audience) {
        ReplyViews.view(new ChatReply.KpiList('Your measures', [Samples.standing(3)], 'none', true, new SmallNumbers(5), null),
                audience, LONDON).words()
    }

    private static String recorded(Audience audience) {
        ReplyViews.view(Samples.replies().kpiRecorded, audience, LONDON).words()
    }
}
