package uk.lscb.cse.support

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneId
import java.time.ZoneOffset

/** A clock the spec sets and moves by hand: time never passes on its own. */
class MutableClock extends Clock {
    /** Read by the service's threads while the spec moves it. */
    volatile Instant now

    MutableClock(String iso) { now = Instant.parse(iso) }

    void set(String iso) { now = Instant.parse(iso) }

    void advance(Duration by) { now = now.plus(by) }

    @Override ZoneId getZone() { ZoneOffset.UTC }

    @Override Clock withZone(ZoneId zone) { Clock.fixed(now, zone) }

    @Override Instant instant() { now }
}
