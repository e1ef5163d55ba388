package nl.openbaar.letter.model;

import java.time.Instant;

/** A colleague's remark on a section of a draft. */
public record LetterComment(long id, String sectionId, String text, String author, Instant at) {
}
