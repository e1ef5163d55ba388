package nl.openbaar.detection.internal;

import static nl.openbaar.detection.internal.NameTokens.aloneOnLine;
import static nl.openbaar.detection.internal.NameTokens.followsOnLine;
import static nl.openbaar.detection.internal.NameTokens.greetingBefore;
import static nl.openbaar.detection.internal.NameTokens.honorific;
import static nl.openbaar.detection.internal.NameTokens.isDigraphInitial;
import static nl.openbaar.detection.internal.NameTokens.isFirstName;
import static nl.openbaar.detection.internal.NameTokens.isStreetBeforeNumber;
import static nl.openbaar.detection.internal.NameTokens.isSurnameInContext;
import static nl.openbaar.detection.internal.NameTokens.isSurnameWord;
import static nl.openbaar.detection.internal.NameTokens.placeOrUnit;
import static nl.openbaar.detection.internal.NameTokens.placePrepositionBefore;
import static nl.openbaar.detection.internal.NameTokens.precededByOrganisation;
import static nl.openbaar.detection.internal.NameTokens.pronounAfter;
import static nl.openbaar.detection.internal.NameTokens.sentenceStart;
import static nl.openbaar.detection.internal.NameTokens.unknownCapitalised;

import nl.openbaar.detection.model.Category;

/**
 * Names in running text, read token by token in the order they are written: titles ("de heer", "dr."), then
 * initials or first names, a title of nobility, interfixes, the surname and what may follow it (a second
 * surname, a suffix, a double surname). Then a few vetoes (a street, an office, a unit of an organisation), and
 * the evidence is scored from {@link NameEvidence}. Each step is one method of {@link Reading}.
 */
final class NamesInRunningText {

    /** A step's way of saying "go on": any other value is the token to continue the page scan at. */
    private static final int GO_ON = -1;

    private NamesInRunningText() {
    }

    static void find(PageScan scan) {
        Tokens t = scan.tokens;
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i)) {
                continue;
            }
            int next = matchAt(scan, i);
            if (next > i) {
                i = next - 1;
            }
        }
    }

    /** Tries a name starting at token i; returns the token after it, or i when nothing matched. */
    static int matchAt(PageScan scan, int i) {
        Reading r = new Reading(scan, i);
        int skip = r.titles();
        if (skip == GO_ON) {
            skip = r.initials();
        }
        if (skip != GO_ON) {
            return skip;
        }
        r.firstNames();
        r.nobilityTitle();
        r.interfixes();
        r.surname();
        skip = r.vetoes();
        if (skip != GO_ON) {
            return skip;
        }
        skip = r.score();
        if (skip != GO_ON) {
            return skip;
        }
        return r.emit();
    }

    /** One attempt at a name: where its parts lie, filled in step by step. */
    private static final class Reading {
        final PageScan scan;
        final Tokens t;
        /** The token the attempt starts at. */
        final int i;
        /** The next token to read. */
        int j;
        int titles;
        /** A lower-case function word before the name ("woordvoerder Jansen"). */
        boolean afterFunction;
        /** The first token of the name proper (after titles). */
        int nameStart;
        int initials;
        int firsts;
        /** First names that are also ordinary words ("Roos", "Mark"). */
        int firstCommon;
        /** First names the case register knows. */
        int firstKnown;
        int interfixStart;
        int interfixes;
        int surname = -1;
        /** Token after the name, as scored. */
        int spanEnd;
        double score;
        String why;

        Reading(PageScan scan, int i) {
            this.scan = scan;
            this.t = scan.tokens;
            this.i = i;
            this.j = i;
        }

        /** "de heer", "mevrouw", "prof. dr.": up to three titles, on the name's line. */
        int titles() {
            while (titles < 3) {
                if (NameWords.is(t, j, NameWords.Section.TITLE_ARTICLES) && t.has(j + 1, Lexicon.TITLE) && t.adjacent(j, j + 1)) {
                    j += 2; // "de heer", "den heer", "de heeren"
                    skipStop();
                } else if (t.has(j, Lexicon.TITLE) && t.length(j) > 1 && !t.has(j, Lexicon.FIRST)
                        && !(t.is(j - 1, Tokens.NUMBER) && t.touching(j - 1, j))) {
                    // "MR" glued to four digits is a postcode's letters ("2721MR Amersfoort"), not "mr." before a name
                    j++;
                    skipStop();
                } else {
                    break;
                }
                titles++;
            }
            if (titles > 0 && !followsOnLine(t, i, j)) {
                return i;
            }
            afterFunction = titles == 0 && i > 0 && t.isWord(i - 1) && t.adjacent(i - 1, i)
                    && !t.shape(i - 1, Tokens.CAPITALISED) && !t.has(i - 1, Lexicon.OFFICE)
                    && scan.lexicon.isJobWord(scan.text, t.start[i - 1], t.end[i - 1]);
            nameStart = j;
            return GO_ON;
        }

        /** "I.", "A.B.", "J.-P.", "Th.", "Joh.": initials and abbreviated first names. */
        int initials() {
            while (t.isWord(j) && t.shape(j, Tokens.CAPITALISED) && t.isChar(j + 1, '.') && t.touching(j, j + 1)
                    && (t.length(j) == 1 || isDigraphInitial(t, j) || t.length(j) <= 5 && t.has(j, Lexicon.FIRST_ABBREVIATION)
                            && (initials > 0 || !t.has(j, Lexicon.COMMON) || t.length(j) <= 3))) {
                initials++;
                j += 2;
                if (t.isChar(j, '-') && t.touching(j - 1, j)) {
                    j++;
                }
            }
            if (initials > 0 && honorific(t, nameStart, j)) {
                return j; // "Z.M. de Koning", "H.K.H. Prinses …": a form of address for royalty, not initials
            }
            if (initials > 0 && !t.nextTo(j - 1, j) && !t.touching(j - 1, j)) {
                return i + Math.max(1, j - i); // initials with nothing after them on the line
            }
            return GO_ON;
        }

        /** First names from the lists or the case register, not after initials. */
        void firstNames() {
            while (initials == 0 && isFirstName(scan, j) && (j == nameStart || t.nextTo(j - 1, j))) {
                if (t.has(j, Lexicon.COMMON)) {
                    firstCommon++;
                }
                if ((scan.knownFlags(j) & KnownNames.FIRST) != 0) {
                    firstKnown++;
                }
                firsts++;
                j++;
            }
        }

        /** "J. W. C. baron van Ittersum": a title of nobility inside the name. */
        void nobilityTitle() {
            if ((initials > 0 || firsts > 0) && t.isWord(j) && t.has(j, Lexicon.TITLE) && t.nextTo(j - 1, j)
                    && NameWords.is(t, j, NameWords.Section.NOBILITY_IN_NAME)
                    && (t.has(j + 1, Lexicon.INTERFIX) || isSurnameWord(scan, j + 1))) {
                j++;
            }
        }

        /** "van den", "in 't" ("in" and "op" only before another interfix). */
        void interfixes() {
            interfixStart = j;
            while (interfixes < 3 && t.isWord(j) && t.has(j, Lexicon.INTERFIX) && (j == nameStart || t.nextTo(j - 1, j))
                    && t.length(j) <= 4 && (!NameWords.is(t, j, NameWords.Section.INTERFIXES_ONLY_BEFORE_ANOTHER)
                            || t.has(j + 1, Lexicon.INTERFIX))) {
                interfixes++;
                j++;
            }
        }

        /**
         * The surname; after a title, initials or a first name it may be in capitals or an ordinary word. Without
         * a surname the interfixes are given back; with one, what may follow it is read too.
         */
        void surname() {
            boolean strong = titles > 0 || initials > 0 || firsts > 0;
            if (afterFunction && titles == 0 && initials == 0 && firsts == 0 && isSurnameWord(scan, j)
                    && (t.has(j, Lexicon.SURNAME) || interfixes > 0 && t.shape(nameStart, Tokens.CAPITALISED))
                    && (j == nameStart || t.nextTo(j - 1, j))) {
                titles = 1; // "wijkagent Van Dam", "woordvoerder Jansen": a function names the person after it
            }
            if ((isSurnameWord(scan, j) || strong && isSurnameInContext(scan, j, initials > 0 || titles > 0))
                    && (j == nameStart || t.nextTo(j - 1, j))) {
                surname = j;
                j++;
            } else if (firsts >= 2 && interfixes == 0 && t.has(j - 1, Lexicon.SURNAME)) {
                surname = j - 1; // "Jan Peter": the last "first name" is the surname
                firsts--;
            }
            if (surname < 0) {
                j = interfixStart; // no interfix without a surname
                return;
            }
            secondSurname();
            capitalsRunOn();
            suffix();
            doubleSurname();
        }

        /**
         * "Duymaer van Twist", "Bosch van Drakestein": surname, interfix, a second surname the lists know as one
         * that follows an interfix; but "Smits uit Hoorn", "Jansen bij Rijkswaterstaat" is a preposition.
         */
        private void secondSurname() {
            int k = j;
            int inter = 0;
            while (inter < 3 && t.isWord(k) && t.has(k, Lexicon.INTERFIX) && t.nextTo(k - 1, k) && t.length(k) <= 4) {
                k++;
                inter++;
            }
            boolean preposition = inter > 0 && NameWords.is(t, j, NameWords.Section.PREPOSITIONS_AFTER_SURNAME);
            if (inter > 0 && !preposition && t.isWord(k) && t.nextTo(k - 1, k) && t.shape(k, Tokens.CAPITALISED)
                    && t.has(k, Lexicon.SURNAME_INTERFIX) && !t.has(k, Lexicon.ORGANISATION | Lexicon.NOT_A_NAME)
                    && !placeOrUnit(t, k)) {
                j = k + 1;
            }
        }

        /** Names written in capitals run on: "JOHANNA GOSSINA SLUIS". */
        private void capitalsRunOn() {
            int caps = 0;
            while (caps < 2 && t.shape(j - 1, Tokens.ALL_CAPS) && t.isWord(j) && t.shape(j, Tokens.ALL_CAPS) && t.length(j) >= 3
                    && t.nextTo(j - 1, j) && t.line[j] == t.line[j - 1] && !t.has(j, Lexicon.ORGANISATION | Lexicon.NOT_A_NAME)
                    && (t.has(j, Lexicon.SURNAME | Lexicon.FIRST) || !t.has(j, Lexicon.COMMON))) {
                j++;
                caps++;
            }
        }

        /** "Jansen jr.", "ten Cate Az.". */
        private void suffix() {
            if (t.isWord(j) && t.has(j, Lexicon.NAME_SUFFIX) && t.nextTo(j - 1, j) && t.length(j) <= 3) {
                j++;
                skipStop();
            }
        }

        /** "Hoekstra-de Graaf", "de Vries - van der Meer". */
        private void doubleSurname() {
            int k = j;
            if (t.isChar(k, '-') && (t.touching(k - 1, k) || t.adjacent(k - 1, k))) {
                k++;
                int inter = 0;
                while (inter < 3 && t.isWord(k) && t.has(k, Lexicon.INTERFIX) && t.length(k) <= 4) {
                    k++;
                    inter++;
                }
                if (isSurnameWord(scan, k) && t.line[k] - t.line[surname] <= 1) {
                    j = k + 1;
                }
            }
        }

        /** A street before its house number, an office, a unit of an organisation: no name here. */
        int vetoes() {
            if (surname >= 0 && isStreetBeforeNumber(scan, surname)) {
                return i;
            }
            if (surname >= 0 && initials == 0 && firsts == 0 && t.has(surname, Lexicon.OFFICE)
                    && (scan.knownFlags(surname) & KnownNames.SURNAME) == 0) {
                return surname + 1; // "commissaris van de Koning", "de heer Minister": an office, not a surname
            }
            if (precededByOrganisation(t, nameStart) && titles == 0) {
                return surname >= 0 ? surname + 1 : Math.max(i + 1, j); // "Directie Digitale Overheid"
            }
            return GO_ON;
        }

        /** Scores what was read with {@link NameEvidence}; returns where to go on when it is no name after all. */
        int score() {
            spanEnd = j;
            if (surname >= 0 && (titles > 0 || initials > 0 || firsts > 0)) {
                scoreFullName();
                return GO_ON;
            }
            if (titles > 0 && firsts > 0) {
                set(NameEvidence.TITLE_AND_FIRST_NAME);
                return GO_ON;
            }
            if (firsts > 0 && initials == 0) {
                return scoreFirstNameAlone();
            }
            if (surname >= 0) {
                return scoreSurnameAlone();
            }
            return i + 1 > j ? i + 1 : Math.max(i + 1, j);
        }

        private void scoreFullName() {
            boolean surKnown = (scan.knownFlags(surname) & KnownNames.SURNAME) != 0;
            boolean surListed = t.has(surname, Lexicon.SURNAME);
            boolean surCommon = t.has(surname, Lexicon.COMMON);
            if (titles > 0) {
                set(NameEvidence.TITLE_AND_NAME);
            } else if (initials > 0) {
                set(surCommon && !surListed ? NameEvidence.INITIALS_AND_ORDINARY_WORD : NameEvidence.INITIALS_AND_SURNAME);
            } else {
                boolean listed = surKnown || surListed;
                // "Jan de Boer": an interfix before a surname that takes one is a name, common words or not
                boolean interfixed = interfixes > 0 && t.has(surname, Lexicon.SURNAME_INTERFIX);
                if (firstCommon != firsts || firstKnown > 0 || interfixed) {
                    set(listed ? NameEvidence.FIRST_AND_LISTED_SURNAME : NameEvidence.FIRST_AND_UNLISTED_SURNAME);
                } else if (!listed) {
                    set(NameEvidence.ORDINARY_FIRST_AND_UNLISTED_SURNAME);
                } else {
                    set(surListed && !surCommon ? NameEvidence.ORDINARY_FIRST_AND_LISTED_SURNAME
                            : NameEvidence.ORDINARY_FIRST_AND_ORDINARY_SURNAME);
                }
            }
            if (surKnown) {
                score = Math.max(score, NameEvidence.KNOWN_IN_CASE.score);
                why += NameEvidence.KNOWN_IN_CASE.explanation;
            }
        }

        private int scoreFirstNameAlone() {
            spanEnd = nameStart + firsts;
            int lastFirst = spanEnd - 1;
            if (firstKnown > 0) {
                set(NameEvidence.KNOWN_FIRST_NAME);
            } else {
                // an ordinary word is capitalised only at the start of a sentence: mid-sentence "Wouter" or
                // "Roos" is a name, at the start it may be a word
                boolean startsSentence = t.shape(nameStart, Tokens.LINE_START) || sentenceStart(t, nameStart);
                boolean ordinaryOpening = firstCommon == firsts && startsSentence;
                if (ordinaryOpening && pronounAfter(t, nameStart + firsts)) {
                    return spanEnd; // "Kent u …", "Bent u …": a verb opening a question
                }
                set(ordinaryOpening ? NameEvidence.ORDINARY_WORD_OPENING : NameEvidence.FIRST_NAME);
                why = NameEvidence.FIRST_NAME.explanation;
                if (t.isChar(nameStart + firsts, ':') && t.touching(nameStart + firsts - 1, nameStart + firsts)
                        && t.isChar(nameStart - 1, ']')) {
                    lift(NameEvidence.CHAT_SPEAKER);
                } else if (greetingBefore(t, nameStart)) {
                    lift(NameEvidence.AFTER_GREETING);
                } else if (aloneOnLine(t, nameStart, lastFirst)) {
                    lift(NameEvidence.ALONE_ON_LINE);
                }
            }
            if (t.length(nameStart) <= 2) {
                return spanEnd;
            }
            return GO_ON;
        }

        /** A surname without first name, initials or title: only with the case register or an interfix. */
        private int scoreSurnameAlone() {
            int kf = scan.knownFlags(surname);
            if ((kf & KnownNames.SURNAME) != 0 && placePrepositionBefore(t, nameStart)) {
                return surname + 1; // "te Zwolle", "naar Tilburg": a place that shares a known surname
            } else if ((kf & KnownNames.SURNAME) != 0) {
                set(NameEvidence.KNOWN_SURNAME);
                if ((kf & KnownNames.INTERFIXED) == 0 && interfixes > 0 && !t.shape(nameStart, Tokens.CAPITALISED)) {
                    nameStart = surname; // "het verzoek van Dijkhuizen": "van" is a preposition here
                }
            } else if (interfixes > 0 && t.shape(nameStart, Tokens.CAPITALISED) && t.has(surname, Lexicon.SURNAME_INTERFIX)) {
                boolean opening = t.shape(nameStart, Tokens.LINE_START) || sentenceStart(t, nameStart);
                // mid-sentence "Van" or "Ter" in capitals opens a surname, whatever the word after it ("door Van
                // Gaal", "voor Van der Vaart"); "De" may open a title or a firm's name ("De Telegraaf")
                boolean capitalVan = !opening && NameWords.is(t, nameStart, NameWords.Section.SURNAME_OPENERS);
                boolean ambiguous = !capitalVan && (t.has(surname, Lexicon.COMMON) || opening);
                set(ambiguous ? NameEvidence.INTERFIX_AND_SURNAME_AMBIGUOUS : NameEvidence.INTERFIX_AND_SURNAME);
            } else if (interfixes == 0 && surname == nameStart && unknownCapitalised(scan, surname)
                    && !NameWords.is(t, surname, NameWords.Section.PERSON_CUES)
                    && t.adjacent(surname, surname + 1) && t.has(surname + 1, Lexicon.SURNAME)
                    && !t.has(surname + 1, Lexicon.INTERFIX) && t.length(surname + 1) >= 3
                    && isSurnameWord(scan, surname + 1)) {
                // "Kathalijne Buitenweg": a first name missing from the lists before a listed surname
                surname = surname + 1;
                spanEnd = surname + 1;
                set(NameEvidence.UNKNOWN_FIRST_AND_LISTED_SURNAME);
            } else {
                return i + 1;
            }
            return GO_ON;
        }

        /** Adds the name found; returns the token after it. */
        int emit() {
            String subject = NameRecognizer.subject(scan, nameStart, spanEnd, surname);
            String recognizer = scan.knownFlags(surname >= 0 ? surname : nameStart) != 0 ? NameRecognizer.REGISTER
                    : NameRecognizer.PATTERN;
            scan.add(new Span(t.start[nameStart], t.end[spanEnd - 1], Category.PERSON_NAME, Math.min(score, NameEvidence.MAX),
                    recognizer, subject, why, false));
            if (score >= NameEvidence.LEARN && surname >= 0 && (firsts > 0 || initials > 0)) {
                scan.learned.add(NameParts.of(t, nameStart, spanEnd, "tekst"));
            }
            return spanEnd;
        }

        private void set(NameEvidence e) {
            score = e.score;
            why = e.explanation;
        }

        private void lift(NameEvidence e) {
            score = e.lift(score);
            why += e.explanation;
        }

        /** A full stop touching the word before it ("dr.", "jr."). */
        private void skipStop() {
            if (t.isChar(j, '.') && t.touching(j - 1, j)) {
                j++;
            }
        }
    }
}
