package nl.openbaar.letter.model;

import java.time.Instant;
import java.time.LocalDate;

/** A letter as it went out: its final PDF is kept with the case (see the store for the bytes). */
public record SentLetter(long id, DraftKey key, LocalDate sentOn, String sentBy, Instant sentAt) {
}
