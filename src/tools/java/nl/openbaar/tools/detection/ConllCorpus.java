package nl.openbaar.tools.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.openbaar.shared.InvalidInputException;

/**
 * A CoNLL-style named-entity file: one token a line, the entity tag in the <b>last</b> column (any columns
 * between, such as CoNLL-2002's part of speech, are ignored), blank lines between sentences, {@code -DOCSTART-}
 * lines between documents. Tags are {@code O}, {@code B-TYPE} or {@code I-TYPE} in either IOB1 (B- only where
 * two entities of one type touch) or IOB2 (B- at every start); both read the same way: an entity starts at a
 * B- tag or at an I- tag whose predecessor is not of the same type (BIOES's S- and E- are understood too). A
 * file without blank lines (Europeana Newspapers) is one long sentence. UTF-8, or Latin-1 when the file is not
 * valid UTF-8 (the CoNLL-2002 files are).
 */
public record ConllCorpus(List<Document> documents) {

    /** A text: its sentences in order. */
    public record Document(List<Sentence> sentences) {
        public int tokens() {
            return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
        }
    }

    /** Tokens as written and the entities over them. */
    public record Sentence(List<String> tokens, List<Entity> entities) {
    }

    /** Tokens {@code from} (inclusive) to {@code to} (exclusive) are one entity of the type, upper case ("PER"). */
    public record Entity(String type, int from, int to) {
        public boolean isPerson() {
            return type.equals("PER") || type.equals("PERS") || type.equals("PERSON");
        }
    }

    public int tokens() {
        return documents.stream().mapToInt(Document::tokens).sum();
    }

    public int sentences() {
        return documents.stream().mapToInt(d -> d.sentences().size()).sum();
    }

    public long persons() {
        return documents.stream().flatMap(d -> d.sentences().stream()).flatMap(s -> s.entities().stream())
                .filter(Entity::isPerson).count();
    }

    /** Reads a file (UTF-8). A malformed line, a bad tag or an empty file is an {@link InvalidInputException}. */
    public static ConllCorpus read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new InvalidInputException("conll", "geen bestand: " + file);
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file), decoder)) {
            return parse(in, file.toString());
        } catch (CharacterCodingException e) {
            // the CoNLL-2002 files are Latin-1: read as such what is not UTF-8 (every byte is a Latin-1 character)
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                return parse(in, file.toString());
            } catch (IOException e2) {
                throw new InvalidInputException("conll", "kan " + file + " niet lezen: " + e2.getMessage());
            }
        } catch (IOException e) {
            throw new InvalidInputException("conll", "kan " + file + " niet lezen: " + e.getMessage());
        }
    }

    public static ConllCorpus parse(String text) {
        try {
            return parse(new java.io.StringReader(text), "invoer");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConllCorpus parse(Reader reader, String name) throws IOException {
        BufferedReader r = new BufferedReader(reader, 1 << 16);
        List<Document> documents = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        String prevType = null;
        int openFrom = -1;
        boolean endedHere = false; // the previous token closed its entity (BIOES E- or S-)
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String l = n == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
            if (l.isBlank()) {
                closeSentence(sentences, tokens, entities, prevType, openFrom);
                tokens = new ArrayList<>();
                entities = new ArrayList<>();
                prevType = null;
                openFrom = -1;
                endedHere = false;
                continue;
            }
            String[] cols = l.strip().split("[ \\t]+");
            if (cols[0].equals("-DOCSTART-")) {
                closeSentence(sentences, tokens, entities, prevType, openFrom);
                tokens = new ArrayList<>();
                entities = new ArrayList<>();
                prevType = null;
                openFrom = -1;
                endedHere = false;
                if (!sentences.isEmpty()) {
                    documents.add(new Document(List.copyOf(sentences)));
                    sentences = new ArrayList<>();
                }
                continue;
            }
            if (cols.length < 2) {
                throw new InvalidInputException("conll", name + " regel " + n + ": verwacht 'token … TAG' (token en tag"
                        + " gescheiden door een spatie of tab), gevonden '" + shorten(l) + "'");
            }
            String tag = cols[cols.length - 1];
            String type;
            boolean begin;
            if (tag.equals("O")) {
                type = null;
                begin = false;
            } else if (tag.length() > 2 && tag.charAt(1) == '-' && "BIES".indexOf(tag.charAt(0)) >= 0) {
                // IOB1 and IOB2; BIOES (E- ends, S- is a single token) is read as well
                type = tag.substring(2).toUpperCase(Locale.ROOT);
                begin = tag.charAt(0) == 'B' || tag.charAt(0) == 'S' || endedHere;
            } else {
                throw new InvalidInputException("conll", name + " regel " + n + ": onbekende tag '" + shorten(tag)
                        + "' in de laatste kolom (verwacht O, B-TYPE of I-TYPE)");
            }
            endedHere = tag.startsWith("E-") || tag.startsWith("S-");
            int index = tokens.size();
            if (type == null || begin || !type.equals(prevType)) {
                if (openFrom >= 0) {
                    entities.add(new Entity(prevType, openFrom, index));
                }
                openFrom = type == null ? -1 : index;
            }
            prevType = type;
            tokens.add(cols[0]);
        }
        closeSentence(sentences, tokens, entities, prevType, openFrom);
        if (!sentences.isEmpty()) {
            documents.add(new Document(List.copyOf(sentences)));
        }
        if (documents.isEmpty()) {
            throw new InvalidInputException("conll", name + " bevat geen tokens");
        }
        return new ConllCorpus(List.copyOf(documents));
    }

    private static void closeSentence(List<Sentence> sentences, List<String> tokens, List<Entity> entities, String type,
            int openFrom) {
        if (tokens.isEmpty()) {
            return;
        }
        if (openFrom >= 0) {
            entities.add(new Entity(type, openFrom, tokens.size()));
        }
        sentences.add(new Sentence(List.copyOf(tokens), List.copyOf(entities)));
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
