package nl.openbaar.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.audit.Auditing;
import nl.openbaar.audit.model.AuditAction;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.Document;
import nl.openbaar.inventory.JudgingDocument;
import nl.openbaar.inventory.MakingInventory;
import nl.openbaar.inventory.model.Beoordeling;
import nl.openbaar.inventory.model.InventoryLine;
import nl.openbaar.law.RuleBase;
import nl.openbaar.law.Weigeringsgrond;
import nl.openbaar.redaction.FindingRedactions;
import nl.openbaar.redaction.ReviewingRedactions;
import nl.openbaar.redaction.SearchingAndRedacting;
import nl.openbaar.redaction.model.RedactionStatus;
import nl.openbaar.redaction.model.SearchHit;
import nl.openbaar.redaction.model.SearchMode;
import nl.openbaar.redaction.model.NewRedaction;
import nl.openbaar.redaction.model.PageBox;
import nl.openbaar.redaction.model.Redaction;
import nl.openbaar.redaction.model.RedactionArea;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import nl.openbaar.shared.layout.Box;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review screen: a document's pages (PDF.js) with its redactions over them; accept, reject, resize, draw,
 * choose a ground, apply a decision to every occurrence of the same person in the case; the document's judgement
 * and inventory remark on the same screen. Every action is a plain form post as well, so the list of
 * redactions and the judgement work without JavaScript; the script adds the pages, drawing and shortcuts and
 * posts the same forms with {@code Accept: application/json}.
 */
@Controller
class ReviewPages {

    private final Documents documents;
    private final FindingRequests requests;
    private final FindingRedactions finding;
    private final ReviewingRedactions reviewing;
    private final JudgingDocument judging;
    private final MakingInventory inventories;
    private final RuleBase law;
    private final Permissions perm;
    private final Audited audited;
    private final SearchingAndRedacting searching;

    ReviewPages(Documents documents, FindingRequests requests, FindingRedactions finding, ReviewingRedactions reviewing,
            JudgingDocument judging, MakingInventory inventories, RuleBase law, Permissions perm, Audited audited,
            SearchingAndRedacting searching) {
        this.searching = searching;
        this.documents = documents;
        this.requests = requests;
        this.finding = finding;
        this.reviewing = reviewing;
        this.judging = judging;
        this.inventories = inventories;
        this.law = law;
        this.perm = perm;
        this.audited = audited;
    }

    @GetMapping("/beheer/documenten/{id}/beoordelen")
    String screen(@PathVariable long id, Authentication user, Model model) {
        Document d = documents.find(id).orElseThrow(() -> new NotFoundException("document"));
        perm.requireCaseData(user, d.kenmerk());
        VerzoekView v = requests.get(d.kenmerk());
        List<Document> inCase = documents.forRequest(d.kenmerk()).stream().filter(x -> x.pageCount() > 0).toList();
        int at = indexOf(inCase, id);
        model.addAttribute("d", d);
        model.addAttribute("v", v);
        model.addAttribute("previous", at > 0 ? inCase.get(at - 1) : null);
        model.addAttribute("next", at >= 0 && at + 1 < inCase.size() ? inCase.get(at + 1) : null);
        model.addAttribute("redactions", finding.forDocument(id));
        List<Weigeringsgrond> grounds = law.grounds(v.verzoek().regime()).stream().filter(Weigeringsgrond::isRefusalGround).toList();
        model.addAttribute("grounds", grounds);
        // A drawn box starts with the ground the case uses most, not with the first of the list.
        model.addAttribute("drawGround", finding.mostUsedGround(d.requestId()).orElse(grounds.isEmpty() ? null : grounds.get(0).code()));
        model.addAttribute("docProgress", finding.progress(finding.forDocument(id)));
        model.addAttribute("caseProgress", finding.progress(finding.forRequest(d.requestId())));
        model.addAttribute("judgements", Beoordeling.values());
        InventoryLine line = line(d);
        model.addAttribute("line", line);
        // Without a judgement yet, suggest the one the redactions imply: accepted boxes make it partly public,
        // with exactly their grounds (the inventory checks that); none make it public.
        List<String> boxGrounds = finding.accepted(id).stream().map(Redaction::ground).distinct().sorted().toList();
        boolean judged = line != null && line.beoordeling() != null;
        model.addAttribute("suggestedJudgement", judged ? line.beoordeling().phrase()
                : boxGrounds.isEmpty() ? Beoordeling.OPENBAAR.phrase() : Beoordeling.DEELS_OPENBAAR.phrase());
        model.addAttribute("suggestedGrounds", judged && !line.grounds().isEmpty() ? line.grounds() : boxGrounds);
        model.addAttribute("canWork", perm.canWorkOn(user, d.kenmerk()));
        model.addAttribute("scripts", List.of("/js/review.js"));
        return "backoffice/review";
    }

    /** The redactions of a document for the script: areas in the shared coordinates (points, top-left). */
    @GetMapping("/beheer/documenten/{id}/redacties.json")
    @ResponseBody
    Map<String, Object> json(@PathVariable long id, Authentication user) {
        Document d = documents.find(id).orElseThrow(() -> new NotFoundException("document"));
        perm.requireCaseData(user, d.kenmerk());
        return state(d);
    }

    @PostMapping("/beheer/redacties/{id}/{action}")
    Object decide(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String ground,
            @RequestHeader(value = "Accept", required = false) String accept, Authentication user, RedirectAttributes flash) {
        Redaction r = finding.get(id);
        Document d = documents.get(r.documentId());
        perm.requireCaseWork(user, d.kenmerk());
        try {
            AuditAction act = switch (action) {
                case "accepteren" -> AuditAction.REDACTION_ACCEPTED;
                case "afwijzen" -> AuditAction.REDACTION_REJECTED;
                case "heropenen" -> AuditAction.REDACTION_REOPENED;
                case "grond" -> AuditAction.REDACTION_GROUND_CHANGED;
                case "alle-voorkomens" -> AuditAction.REDACTION_APPLIED_TO_ALL_OCCURRENCES;
                case "openbaar-in-zaak" -> AuditAction.REDACTION_KEPT_PUBLIC_IN_CASE;
                default -> throw new NotFoundException("handeling");
            };
            audited.run(user.getName(), act, Auditing.Subject.of("redactie", id, d.kenmerk()), () -> summary(r), () -> {
                return switch (action) {
                    case "accepteren" -> List.of(reviewing.accept(id, user.getName()));
                    case "afwijzen" -> List.of(reviewing.reject(id, user.getName()));
                    case "heropenen" -> List.of(reviewing.reopen(id, user.getName()));
                    case "grond" -> List.of(reviewing.changeGround(id, ground, user.getName()));
                    case "alle-voorkomens" -> reviewing.applyToAllOccurrences(id, user.getName());
                    case "openbaar-in-zaak" -> reviewing.keepPublicInCase(id, user.getName());
                    default -> throw new NotFoundException("handeling");
                };
            }, changed -> changed.stream().map(ReviewPages::summary).toList());
        } catch (InvalidInputException e) {
            return answer(d, accept, flash, e);
        }
        return answer(d, accept, flash, null);
    }

    /**
     * Undo and redo of a review act: the script keeps the stack of acts (what each redaction was before and after) and
     * posts the state to go back or forward to; the server records it in the redaction's history.
     */
    @PostMapping("/beheer/redacties/{id}/herstellen")
    Object restore(@PathVariable long id, @RequestParam String status, @RequestParam(required = false) String ground,
            @RequestParam(required = false) boolean redo, @RequestParam(required = false) boolean keptPublic,
            @RequestHeader(value = "Accept", required = false) String accept, Authentication user, RedirectAttributes flash) {
        Redaction r = finding.get(id);
        Document d = documents.get(r.documentId());
        perm.requireCaseWork(user, d.kenmerk());
        try {
            RedactionStatus to = parseStatus(status);
            audited.run(user.getName(), redo ? AuditAction.REDACTION_REDONE : AuditAction.REDACTION_UNDONE, Auditing.Subject.of("redactie", id, d.kenmerk()),
                    () -> summary(r), () -> {
                        if (!redo && keptPublic) {
                            reviewing.forgetPublic(id, user.getName());
                        }
                        return reviewing.restore(id, to, ground, redo, user.getName());
                    }, ReviewPages::summary);
        } catch (InvalidInputException e) {
            return answer(d, accept, flash, e);
        }
        return answer(d, accept, flash, null);
    }

    /** Search-and-redact, first step: every place the text stands in the case, before anything changes. */
    @GetMapping("/beheer/verzoeken/{kenmerk}/zoeken-en-weglakken.json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> searchCase(@PathVariable String kenmerk, @RequestParam(required = false) String q,
            @RequestParam(required = false) String mode, Authentication user) {
        requests.get(kenmerk);
        perm.requireCaseWork(user, kenmerk);
        try {
            List<SearchHit> hits = searching.search(kenmerk, q, SearchMode.parse(mode));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", q.strip());
            body.put("hits", hits.stream().map(ReviewPages::hit).toList());
            body.put("documents", hits.stream().map(SearchHit::documentId).distinct().count());
            return ResponseEntity.ok(body);
        } catch (InvalidInputException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.describe(), "field", e.field()));
        }
    }

    /** Search-and-redact, the decision: every hit of the same search redacted on one ground. */
    @PostMapping("/beheer/verzoeken/{kenmerk}/zoeken-en-weglakken")
    @ResponseBody
    ResponseEntity<Map<String, Object>> redactSearch(@PathVariable String kenmerk, @RequestParam(required = false) String q,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String ground, Authentication user) {
        requests.get(kenmerk);
        perm.requireCaseWork(user, kenmerk);
        try {
            SearchMode m = SearchMode.parse(mode);
            List<Redaction> before = searching.search(kenmerk, q, m).stream().map(SearchHit::existing)
                    .filter(java.util.Objects::nonNull).map(finding::get).toList();
            List<Redaction> done = audited.run(user.getName(), AuditAction.REDACTIONS_SEARCH_REDACTED, Auditing.Subject.of("verzoek", null, kenmerk),
                    () -> Map.of("mode", m.name(), "existing", before.stream().map(ReviewPages::summary).toList()),
                    () -> searching.redactAll(kenmerk, q, m, ground, user.getName()),
                    changed -> Map.of("redactions", changed.stream().map(ReviewPages::summary).toList()));
            List<Map<String, Object>> acts = new ArrayList<>();
            for (Redaction r : done) {
                Redaction old = before.stream().filter(b -> b.id() == r.id()).findFirst().orElse(null);
                acts.add(Map.of("id", r.id(), "document", r.documentId(),
                        "before", Map.of("status", old == null ? "nieuw" : old.status().name().toLowerCase(),
                                "ground", old == null ? r.ground() : old.ground()),
                        "after", Map.of("status", r.status().name().toLowerCase(), "ground", r.ground())));
            }
            return ResponseEntity.ok(Map.of("redacted", done.size(), "acts", acts));
        } catch (InvalidInputException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.describe(), "field", e.field()));
        }
    }

    private static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", h.documentId());
        m.put("title", h.documentTitle());
        m.put("page", h.page());
        m.put("text", h.text());
        m.put("context", h.context());
        m.put("existing", h.existing());
        m.put("areas", h.areas().stream().map(a -> Map.of("page", a.page(), "x", a.box().x(), "y", a.box().y(),
                "width", a.box().width(), "height", a.box().height())).toList());
        return m;
    }

    private static RedactionStatus parseStatus(String s) {
        for (RedactionStatus st : RedactionStatus.values()) {
            if (st.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return st;
            }
        }
        throw new InvalidInputException("status", "onbekende stand '" + s + "' (proposed, accepted of rejected)");
    }

    @PostMapping("/beheer/redactievlakken/{areaId}/formaat")
    Object resize(@PathVariable long areaId, @RequestParam long redaction, @RequestParam double x, @RequestParam double y,
            @RequestParam double width, @RequestParam double height,
            @RequestHeader(value = "Accept", required = false) String accept, Authentication user, RedirectAttributes flash) {
        Redaction r = finding.get(redaction);
        Document d = documents.get(r.documentId());
        perm.requireCaseWork(user, d.kenmerk());
        if (r.areas().stream().noneMatch(a -> a.id() == areaId)) {
            throw new NotFoundException("vlak");
        }
        try {
            Box box = box(x, y, width, height);
            audited.run(user.getName(), AuditAction.REDACTION_RESIZED, Auditing.Subject.of("redactie", redaction, d.kenmerk()), () -> summary(r),
                    () -> reviewing.resize(areaId, box, user.getName()), ReviewPages::summary);
        } catch (InvalidInputException e) {
            return answer(d, accept, flash, e);
        }
        return answer(d, accept, flash, null);
    }

    @PostMapping("/beheer/documenten/{id}/redacties")
    Object draw(@PathVariable long id, @RequestParam int page, @RequestParam double x, @RequestParam double y,
            @RequestParam double width, @RequestParam double height, @RequestParam String ground,
            @RequestParam(required = false) String category, @RequestHeader(value = "Accept", required = false) String accept,
            Authentication user, RedirectAttributes flash) {
        Document d = documents.find(id).orElseThrow(() -> new NotFoundException("document"));
        perm.requireCaseWork(user, d.kenmerk());
        try {
            if (page < 1 || page > d.pageCount()) {
                throw new InvalidInputException("page", "pagina " + page + " bestaat niet in dit document");
            }
            NewRedaction drawn = NewRedaction.drawn(id, new PageBox(page, box(x, y, width, height)), ground,
                    category == null || category.isBlank() ? "handmatig" : category.strip());
            audited.created(user.getName(), AuditAction.REDACTION_DRAWN, () -> reviewing.draw(drawn, user.getName()),
                    r -> Auditing.Subject.of("redactie", r.id(), d.kenmerk()), ReviewPages::summary);
        } catch (InvalidInputException e) {
            return answer(d, accept, flash, e);
        }
        return answer(d, accept, flash, null);
    }

    @PostMapping("/beheer/documenten/{id}/beoordeling")
    String judge(@PathVariable long id, @RequestParam String beoordeling, @RequestParam(required = false) List<String> grounds,
            @RequestParam(required = false) String toelichting, @RequestParam(required = false) String links,
            @RequestParam(required = false) boolean opgeschort, Authentication user, RedirectAttributes flash) {
        Document d = documents.find(id).orElseThrow(() -> new NotFoundException("document"));
        perm.requireCaseWork(user, d.kenmerk());
        try {
            InventoryLine before = line(d);
            List<String> linkList = links == null || links.isBlank() ? List.of() : Arrays.stream(links.split("\\s+")).toList();
            var in = new JudgingDocument.Judgement(id, null, beoordeling, grounds, toelichting, linkList, null, opgeschort);
            audited.run(user.getName(), AuditAction.DOCUMENT_JUDGED, Auditing.Subject.of("document", id, d.kenmerk()),
                    () -> before == null ? Map.of() : Map.of("beoordeling", before.beoordeling().phrase(), "grounds", before.grounds()),
                    () -> judging.judge(d.kenmerk(), in, user.getName()), b -> Map.of("beoordeling", beoordeling,
                            "grounds", grounds == null ? List.of() : grounds, "toelichting", toelichting == null ? "" : toelichting));
            flash.addFlashAttribute("message", "review.judged");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("reviewError", e.describe());
        }
        return "redirect:/beheer/documenten/" + id + "/beoordelen#beoordeling";
    }

    private Object answer(Document d, String accept, RedirectAttributes flash, InvalidInputException error) {
        if (accept != null && accept.contains("application/json")) {
            Map<String, Object> body = state(d);
            if (error != null) {
                body.put("error", error.describe());
                return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(body);
            }
            return ResponseEntity.ok(body);
        }
        if (error != null) {
            flash.addFlashAttribute("reviewError", error.describe());
        }
        return "redirect:/beheer/documenten/" + d.id() + "/beoordelen";
    }

    private Map<String, Object> state(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", d.id());
        m.put("pages", d.pageCount());
        m.put("kenmerk", d.kenmerk());
        List<Redaction> caseRedactions = finding.forRequest(d.requestId());
        FindingRedactions.Progress doc = finding.progress(finding.forDocument(d.id()));
        FindingRedactions.Progress all = finding.progress(caseRedactions);
        m.put("progress", Map.of("decided", doc.decided(), "total", doc.total()));
        m.put("caseProgress", Map.of("decided", all.decided(), "total", all.total()));
        m.put("drawGround", finding.mostUsedGround(d.requestId()).orElse(null));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Redaction r : finding.forDocument(d.id())) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", r.id());
            x.put("ground", r.ground());
            x.put("category", r.category());
            x.put("status", r.status().name().toLowerCase());
            x.put("text", r.coveredText());
            x.put("recognizer", r.recognizer());
            x.put("subject", r.subject());
            x.put("score", r.score());
            x.put("explanation", r.explanation());
            List<Map<String, Object>> areas = new ArrayList<>();
            for (RedactionArea a : r.areas()) {
                areas.add(Map.of("id", a.id(), "page", a.page(), "x", a.box().x(), "y", a.box().y(), "width", a.box().width(),
                        "height", a.box().height()));
            }
            x.put("areas", areas);
            list.add(x);
        }
        m.put("redactions", list);
        return m;
    }

    private InventoryLine line(Document d) {
        try {
            return inventories.inventaris(d.kenmerk()).lines().stream().filter(l -> l.documentId() == d.id()).findFirst().orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Box box(double x, double y, double width, double height) {
        if (!(x >= 0 && y >= 0 && width >= 1 && height >= 1 && x < 20_000 && y < 20_000 && width < 20_000 && height < 20_000)) {
            throw new InvalidInputException("box", "een vlak moet binnen de pagina liggen en minstens 1 punt groot zijn");
        }
        return new Box(x, y, width, height);
    }

    private static Map<String, Object> summary(Redaction r) {
        return Map.of("status", r.status().name(), "ground", r.ground(), "category", r.category(),
                "areas", r.areas().stream().map(a -> a.page() + ":" + Math.round(a.box().x()) + "," + Math.round(a.box().y()) + ","
                        + Math.round(a.box().width()) + "x" + Math.round(a.box().height())).toList());
    }

    private static int indexOf(List<Document> docs, long id) {
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }
}
