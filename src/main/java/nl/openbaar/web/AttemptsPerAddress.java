package nl.openbaar.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed attempts per client address in a sliding window: after {@code max} failures within {@code window} the
 * address waits until the oldest one ages out. Guessing a requester's status code or a password from one address is
 * slowed this way, besides the per-account lock-out. Held in memory (a restart forgets), bounded in size so that many
 * addresses cannot fill the heap: the least recently seen address is dropped first.
 */
final class AttemptsPerAddress {

    private static final int ADDRESSES = 50_000;

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > ADDRESSES;
        }
    };

    AttemptsPerAddress(int max, Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    synchronized void failed(String address) {
        Deque<Instant> d = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        prune(d);
        d.addLast(clock.instant());
        while (d.size() > max) {
            d.removeFirst();
        }
    }

    /** How long this address must wait before its next attempt; empty when it may try now. */
    synchronized Optional<Duration> wait(String address) {
        Deque<Instant> d = failures.get(address);
        if (d == null) {
            return Optional.empty();
        }
        prune(d);
        if (d.size() < max) {
            if (d.isEmpty()) {
                failures.remove(address);
            }
            return Optional.empty();
        }
        return Optional.of(Duration.between(clock.instant(), d.peekFirst().plus(window)).plusSeconds(1));
    }

    private void prune(Deque<Instant> d) {
        Instant cutoff = clock.instant().minus(window);
        for (Iterator<Instant> i = d.iterator(); i.hasNext(); ) {
            if (i.next().isBefore(cutoff)) {
                i.remove();
            } else {
                break;
            }
        }
    }
}
