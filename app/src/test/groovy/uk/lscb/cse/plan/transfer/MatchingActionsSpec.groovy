package uk.lscb.cse.plan.transfer

import spock.lang.Specification

import static uk.lscb.cse.plan.transfer.MatchingActions.Side

/** How the actions of two versions of a plan are paired: by ref and words first, then by words alone. */
class MatchingActionsSpec extends Specification {

    static Side s(String ref, String text, String theme = 'Prevention') { new Side(ref, text, theme) }

    def 'similarity is the share of words in common, ignoring case, punctuation, little words and plurals: #a / #b'() {
        expect:
        Similarity.rounded(Similarity.dice(Similarity.words(a), Similarity.words(b))) == score

        where:
        a                                              | b                                                         || score
        'Awareness sessions in every secondary school' | 'awareness session in EVERY secondary school.'           || 1.0
        'Awareness sessions in every secondary school' | 'Awareness sessions in every secondary and special school' || 0.91
        'Online safety pages for parents'              | 'Disruption plan for hotspots'                           || 0.0
        'Review the MASE meeting'                      | 'Review of the MASE meetings and their membership'       || 0.86
    }

    def '#what'() {
        when:
        def result = MatchingActions.match(before, after)

        then:
        result.matches().collect { "${before[it.before()].ref()}→${after[it.after()].ref()}${it.byRef() ? '' : ' by words'}".toString() } == pairs
        result.removed().collect { before[it].ref() } == removed
        result.added().collect { after[it].ref() } == added

        where:
        what | before | after || pairs | removed | added
        'unchanged actions pair by ref' |
                [s('1.1', 'Map provision'), s('1.2', 'Train staff')] | [s('1.1', 'Map provision'), s('1.2', 'Train staff')] ||
                ['1.1→1.1', '1.2→1.2'] | [] | []
        'an action inserted above renumbers the rest: words win over refs' |
                [s('1.1', 'Map provision across the area'), s('1.2', 'Train school staff')] |
                [s('1.1', 'Peer mentoring for young people'), s('1.2', 'Map provision across the area'), s('1.3', 'Train school staff')] ||
                ['1.1→1.2 by words', '1.2→1.3 by words'] | [] | ['1.1']
        'two refs swapped' |
                [s('2.1', 'Disruption plan for hotspots'), s('2.2', 'Review the MASE meeting')] |
                [s('2.1', 'Review the MASE meeting'), s('2.2', 'Disruption plan for hotspots')] ||
                ['2.2→2.1 by words', '2.1→2.2 by words'] | [] | []
        'a reworded action keeps its ref' |
                [s('1.1', 'Awareness sessions in every secondary school')] |
                [s('1.1', 'Deliver awareness sessions to secondary schools and colleges')] ||
                ['1.1→1.1'] | [] | []
        'a different action under an old ref is an addition and a removal' |
                [s('1.1', 'Online safety pages for parents')] | [s('1.1', 'Disruption plan for hotspots')] ||
                [] | ['1.1'] | ['1.1']
        'renumbered and reworded, past the threshold' |
                [s('3.4', 'Health passport for looked-after children placed out of area')] |
                [s('4.1', 'Health passport for looked-after children placed out of the area', 'Protection')] ||
                ['3.4→4.1 by words'] | [] | []
        'too little in common under another ref to call it the same action' |
                [s('3.4', 'Health passport for looked-after children')] | [s('4.1', 'Health visitors trained in CSE')] ||
                [] | ['3.4'] | ['4.1']
    }
}
