package nl.openbaar.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock a test can set to any day: deadlines are about days, and tests must not depend on today. */
public final class MutableClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private Instant now;

    public MutableClock(LocalDate day) {
        set(day);
    }

    public void set(LocalDate day) {
        now = day.atTime(12, 0).atZone(ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
