package nl.openbaar.web;

import java.util.Locale;
import nl.openbaar.publication.InformatieCategorieen;
import nl.openbaar.publication.model.Facet;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.publication.model.PublishedFile;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Values shown in the page's language: categories and document types from their data files, judgements, decision
 * kinds, regimes and the titles the system gives files (besluit, inventarislijst, bundel) from the messages. What
 * a document is called by its author (its title) stays as written.
 */
@Component("labels")
public class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private String message(String key, String fallback, Object... args) {
        return messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
    }

    public String category(String code) {
        return InformatieCategorieen.find(code).map(c -> c.label(english())).orElse(code == null ? "" : code);
    }

    public String documentType(String code) {
        return InformatieCategorieen.documentType(code).map(t -> t.label(english())).orElse(code == null ? "" : code);
    }

    public String judgement(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return message("judgement." + key(value), value);
    }

    public String decisionKind(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return message("decisionKind." + key(value), value);
    }

    public String regime(String regime) {
        return "wob".equalsIgnoreCase(regime) ? message("regime.wob", "Wet openbaarheid van bestuur")
                : message("regime.woo", "Wet open overheid");
    }

    public String facetValue(Facet f, String value) {
        return switch (f) {
            case CATEGORY -> category(value);
            case DOCUMENT_TYPE -> documentType(value);
            case JUDGEMENT -> judgement(value);
            default -> value;
        };
    }

    /** A file's title: the system's own names translated, a document's title as its author wrote it. */
    public String fileTitle(Publicatie p, PublishedFile f) {
        return switch (f.kind()) {
            case DECISION -> p.isDecision() ? message("file.decision", "Besluit") : f.title();
            case INVENTORY -> message("file.inventory", "Inventarislijst ({0})", extension(f.fileName()));
            case BUNDLE -> message("file.bundle", "Documentenbundel");
            default -> f.title();
        };
    }

    /** A search hit's document title, where only the kind and the stored title are known. */
    public String documentTitle(FileKind kind, String title) {
        if (kind == FileKind.INVENTORY && title != null && title.startsWith("Inventarislijst (")) {
            return message("file.inventory", title, title.substring("Inventarislijst (".length(), title.length() - 1));
        }
        return title;
    }

    private static String extension(String name) {
        return name == null || name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
