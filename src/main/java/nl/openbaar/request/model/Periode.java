package nl.openbaar.request.model;

import java.time.LocalDate;

/** A period of time, both ends inclusive; either end may be open (null). */
public record Periode(LocalDate from, LocalDate to) {

    public boolean isEmpty() {
        return from == null && to == null;
    }

    public static Periode of(LocalDate from, LocalDate to) {
        return from == null && to == null ? null : new Periode(from, to);
    }
}
