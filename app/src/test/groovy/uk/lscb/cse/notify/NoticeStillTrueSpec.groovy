package uk.lscb.cse.notify

import spock.lang.Specification
import uk.lscb.cse.plan.Rag

import static uk.lscb.cse.notify.NoticeKind.*
import static uk.lscb.cse.plan.Rag.*

/** The last look before a notice goes: which changes to its action since it was decided make it untrue. */
class NoticeStillTrueSpec extends Specification {

    def 'a #kind decided at #then, now #now#updated: #outcome'() {
        expect:
        CheckingNoticesStillTrue.whyNot(kind, '2.1', then, now, updatedSince).orElse('still true') == outcome

        where:
        kind       | then  | now      | updatedSince || outcome
        OVERDUE    | AMBER | COMPLETE | true         || '2.1 is Complete now: {what} no longer applies'
        OVERDUE    | AMBER | GREEN    | true         || '2.1 is Green now: {what} no longer applies'
        OVERDUE    | GREEN | GREEN    | false        || 'still true'      // green but past its date when decided: still late
        OVERDUE    | GREEN | GREEN    | true         || 'still true'      // a note on a late green action does not make it on time
        OVERDUE    | AMBER | RED      | true         || 'still true'
        DUE_SOON   | GREEN | COMPLETE | true         || '2.1 is Complete now: {what} no longer applies'
        DUE_SOON   | AMBER | GREEN    | true         || 'still true'      // still due
        REVIEW     | GREEN | COMPLETE | true         || '2.1 is Complete now: {what} no longer applies'
        REVIEW     | GREEN | RED      | true         || 'still true'
        STALE      | AMBER | AMBER    | true         || '2.1 was updated after {what} was decided: it no longer applies'
        STALE      | AMBER | AMBER    | false        || 'still true'
        ESCALATION | RED   | GREEN    | true         || '2.1 is Green now: {what} no longer applies'
        ESCALATION | RED   | RED      | true         || '2.1 was updated after {what} was decided: it no longer applies'
        ESCALATION | RED   | RED      | false        || 'still true'

        updated = updatedSince ? ', updated since' : ''
    }
}
