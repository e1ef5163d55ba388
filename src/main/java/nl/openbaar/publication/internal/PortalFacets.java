package nl.openbaar.publication.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.openbaar.publication.model.Facet;
import nl.openbaar.publication.model.IndexedFile;

/** The facet values of a file: what it is filtered and counted on. One place, so every engine counts the same. */
public final class PortalFacets {

    private PortalFacets() {
    }

    public static Map<Facet, List<String>> values(IndexedFile f) {
        Map<Facet, List<String>> v = new EnumMap<>(Facet.class);
        put(v, Facet.ORGANISATION, f.organisation());
        put(v, Facet.CATEGORY, f.category());
        put(v, Facet.PERIOD, f.date() == null ? null : Integer.toString(f.date().getYear()));
        put(v, Facet.JUDGEMENT, f.judgement() == null ? null : f.judgement().strip().toLowerCase(Locale.ROOT));
        put(v, Facet.DOCUMENT_TYPE, f.documentType());
        List<String> grounds = f.grounds().stream().map(String::strip).filter(g -> !g.isEmpty()).distinct().toList();
        if (!grounds.isEmpty()) {
            v.put(Facet.GROUND, grounds);
        }
        return v;
    }

    private static void put(Map<Facet, List<String>> v, Facet f, String value) {
        if (value != null && !value.isBlank()) {
            v.put(f, List.of(value.strip()));
        }
    }
}
