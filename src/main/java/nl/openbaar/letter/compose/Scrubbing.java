package nl.openbaar.letter.compose;

import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.model.TextCatalogue;
import nl.openbaar.request.model.Verzoeker;

/** The published version of a letter: every text scrubbed of the requester, as the composers do it themselves. */
public final class Scrubbing {

    private Scrubbing() {
    }

    public static Letter scrub(Letter letter, Verzoeker requester, TextCatalogue texts) {
        return Addressing.scrub(letter, requester, texts.raw("verzoeker.geanonimiseerd"));
    }
}
