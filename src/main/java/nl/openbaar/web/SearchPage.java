package nl.openbaar.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.openbaar.publication.PortalSearch;
import nl.openbaar.publication.ReadingPortal;
import nl.openbaar.publication.model.Facet;
import nl.openbaar.publication.model.FacetCount;
import nl.openbaar.publication.model.PortalQuery;
import nl.openbaar.publication.model.PortalResults;
import nl.openbaar.publication.model.SearchSort;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Portal search: words, facets (organisation, category, period, judgement, document type, ground) with counts,
 * results per decision with the matching documents and pages, sorting, search within one decision, and
 * suggestions as you type. Every parameter is checked: a bad value is a 400 naming it, a page past the last a
 * 404 that still shows the search with a way back.
 */
@Controller
class SearchPage {

    static final int MAX_VALUES = 20;
    static final int MAX_VALUE_LENGTH = 300;

    private final PortalSearch search;
    private final ReadingPortal portal;

    SearchPage(PortalSearch search, ReadingPortal portal) {
        this.search = search;
        this.portal = portal;
    }

    @GetMapping("/zoeken")
    String search(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        PortalQuery query = query(params);
        model.addAttribute("q", query.text());
        model.addAttribute("query", query);
        model.addAttribute("sorts", SearchSort.values());
        model.addAttribute("facets", Facet.values());
        model.addAttribute("link", new Links(query));
        if (query.publication() != null) {
            model.addAttribute("within", portal.decision(query.publication()).map(d -> d.publication()).orElse(null));
        }
        try {
            PortalResults r = search.search(query);
            model.addAttribute("result", r);
        } catch (NotFoundException past) {
            PortalResults first = search.search(query.withPage(1));
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("result", null);
            model.addAttribute("pastTheEnd", first.resultPages());
        }
        model.addAttribute("scripts", List.of("/js/search.js"));
        return "portal/search";
    }

    /** Suggestions as you type: JSON, a list of completions of the text typed so far. */
    @GetMapping(value = "/zoeken/suggesties", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<String>> suggestions(@RequestParam(name = "q", required = false) String q) {
        if (q != null && q.length() > MAX_VALUE_LENGTH) {
            throw new InvalidInputException("q", "hoogstens " + MAX_VALUE_LENGTH + " tekens");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .body(search.suggest(q));
    }

    static PortalQuery query(MultiValueMap<String, String> params) {
        String text = one(params, "q");
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            List<String> values = params.getOrDefault(f.parameter(), List.of());
            if (values.size() > MAX_VALUES) {
                throw new InvalidInputException(f.parameter(), "hoogstens " + MAX_VALUES + " waarden");
            }
            Set<String> set = new LinkedHashSet<>();
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    if (v.length() > MAX_VALUE_LENGTH) {
                        throw new InvalidInputException(f.parameter(), "hoogstens " + MAX_VALUE_LENGTH + " tekens");
                    }
                    set.add(v.strip());
                }
            }
            if (!set.isEmpty()) {
                filters.put(f, set);
            }
        }
        String within = one(params, "besluit");
        SearchSort sort = SearchSort.parse(one(params, "sortering"), text != null && !text.isBlank());
        LocalDate from = date(params, "van");
        LocalDate to = date(params, "tot");
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("van", "de begindatum ligt na de einddatum");
        }
        return new PortalQuery(text, within == null || within.isBlank() ? null : within.strip(), filters, from, to, sort,
                page(one(params, "pagina")), PortalSearch.PAGE_SIZE);
    }

    private static String one(MultiValueMap<String, String> params, String name) {
        List<String> v = params.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.size() > 1) {
            throw new InvalidInputException(name, "geef één waarde");
        }
        String s = v.get(0);
        if (s != null && s.length() > (name.equals("q") ? 1000 : MAX_VALUE_LENGTH)) {
            throw new InvalidInputException(name, "te lang");
        }
        return s;
    }

    static int page(String s) {
        if (s == null || s.isBlank()) {
            return 1;
        }
        if (!s.strip().matches("\\d{1,9}")) {
            throw new InvalidInputException("pagina", "geef een paginanummer (1, 2, 3 …)");
        }
        int p = Integer.parseInt(s.strip());
        if (p < 1) {
            throw new InvalidInputException("pagina", "geef een paginanummer vanaf 1");
        }
        if (p > 10_000) {
            // Past any real result list, and (p - 1) × page size would overflow an int.
            throw new InvalidInputException("pagina", "kies een pagina tot en met 10.000");
        }
        return p;
    }

    private static LocalDate date(MultiValueMap<String, String> params, String name) {
        String s = one(params, name);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s.strip());
            if (d.getYear() < 1900 || d.getYear() > 2200) {
                throw new InvalidInputException(name, "kies een datum tussen 1900 en 2200");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "geef een datum als jjjj-mm-dd");
        }
    }

    /** Links that keep the search and change one thing: a facet value on or off, the sort, the page, the decision. */
    static final class Links {
        private final PortalQuery q;

        Links(PortalQuery q) {
            this.q = q;
        }

        private UriComponentsBuilder base(boolean keepPage) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath("/zoeken");
            if (q.hasText()) {
                b.queryParam("q", q.text());
            }
            if (q.publication() != null) {
                b.queryParam("besluit", q.publication());
            }
            if (q.from() != null) {
                b.queryParam("van", q.from());
            }
            if (q.to() != null) {
                b.queryParam("tot", q.to());
            }
            return b;
        }

        private String build(UriComponentsBuilder b) {
            return b.encode().build().toUriString();
        }

        private void filters(UriComponentsBuilder b, Facet toggled, String value) {
            for (Facet f : Facet.values()) {
                Set<String> values = new LinkedHashSet<>(q.values(f));
                if (f == toggled) {
                    if (!values.remove(value)) {
                        values.add(value);
                    }
                }
                for (String v : values) {
                    b.queryParam(f.parameter(), v);
                }
            }
        }

        private void sort(UriComponentsBuilder b, SearchSort s) {
            if (s != SearchSort.parse(null, q.hasText())) {
                b.queryParam("sortering", s.parameter());
            }
        }

        /** The same search with one facet value chosen or no longer chosen, from page 1. */
        public String toggle(Facet f, FacetCount c) {
            UriComponentsBuilder b = base(false);
            filters(b, f, c.value());
            sort(b, q.sort());
            return build(b);
        }

        public String page(int n) {
            UriComponentsBuilder b = base(true);
            filters(b, null, null);
            sort(b, q.sort());
            if (n > 1) {
                b.queryParam("pagina", n);
            }
            return build(b);
        }

        public String sorted(SearchSort s) {
            UriComponentsBuilder b = base(false);
            filters(b, null, null);
            sort(b, s);
            return build(b);
        }

        /** Search within one decision: the words kept, the filters dropped. */
        public String within(String publicationId) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath("/zoeken");
            if (q.hasText()) {
                b.queryParam("q", q.text());
            }
            b.queryParam("besluit", publicationId);
            return build(b);
        }

        /** The same words everywhere. */
        public String everywhere() {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath("/zoeken");
            if (q.hasText()) {
                b.queryParam("q", q.text());
            }
            return build(b);
        }

        /** The chosen filters, each with the link that removes it. */
        public List<Chosen> chosen() {
            List<Chosen> out = new ArrayList<>();
            for (Facet f : Facet.values()) {
                for (String v : q.values(f)) {
                    out.add(new Chosen(f, v, toggle(f, new FacetCount(v, 0, true))));
                }
            }
            return out;
        }
    }

    record Chosen(Facet facet, String value, String removeLink) {
    }
}
