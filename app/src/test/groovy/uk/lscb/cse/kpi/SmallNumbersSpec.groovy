package uk.lscb.cse.kpi

import spock.lang.Specification

class SmallNumbersSpec extends Specification {

    def 'a #kind of #value shows as "#shown" where others can see it (threshold #threshold)'() {
        expect:
        new SmallNumbers(threshold).one(value as BigDecimal, kind).text() == shown

        where:
        kind                 | value | threshold || shown
        ValueKind.COUNT      | 0     | 5         || '0'
        ValueKind.COUNT      | 1     | 5         || 'fewer than 5'
        ValueKind.COUNT      | 4     | 5         || 'fewer than 5'
        ValueKind.COUNT      | 5     | 5         || '5'
        ValueKind.COUNT      | 42    | 5         || '42'
        ValueKind.COUNT      | 9     | 10        || 'fewer than 10'
        ValueKind.COUNT      | 10    | 10        || '10'
        ValueKind.PERCENTAGE | 3     | 5         || '3%'
        ValueKind.DECIMAL    | 2.5   | 5         || '2.5'
    }

    def 'a total of #total next to parts #parts shows as #shown'() {
        expect:
        new SmallNumbers(5).totalAndParts(total as BigDecimal, parts.collect { it as BigDecimal }, ValueKind.COUNT)*.text() == shown

        where:
        total | parts        || shown
        30    | [10, 12, 8]  || ['30', '10', '12', '8']
        // one part suppressed: the total minus the others would give it away, so the total goes too
        14    | [10, 3, 1]   || [SmallNumbers.WITHHELD, '10', 'fewer than 5', 'fewer than 5']
        13    | [10, 3]      || [SmallNumbers.WITHHELD, '10', 'fewer than 5']
        12    | [12, 0]      || ['12', '12', '0']
        // a small total is suppressed by itself
        3     | [0, 3]       || [SmallNumbers.WITHHELD, '0', 'fewer than 5']
        4     | []           || ['fewer than 5']
    }

    def 'a RAG against target is shown next to a #value only when the value is shown'() {
        expect:
        new SmallNumbers(5).ragShown(value as BigDecimal, ValueKind.COUNT) == shown

        where:
        value || shown
        0     || true
        3     || false
        5     || true
    }
}
