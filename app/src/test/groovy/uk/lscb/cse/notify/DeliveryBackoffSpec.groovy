package uk.lscb.cse.notify

import spock.lang.Specification

import java.time.Duration

/** A delivery that failed is tried again after a growing wait, capped so an outage never stalls it for long. */
class DeliveryBackoffSpec extends Specification {

    def 'after #attempts failed attempt(s) the next waits #minutes minutes'() {
        expect:
        DeliveryLedger.backoff(attempts) == Duration.ofMinutes(minutes)

        where:
        attempts | minutes
        0        | 1          // a claim that ran out before any attempt counted
        1        | 1
        2        | 2
        3        | 4
        4        | 8
        5        | 16
        6        | 32
        7        | 60         // 64 would pass the hour
        8        | 60
        50       | 60
        -1       | 1
    }
}
