package nl.openbaar.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.openbaar.account.Role;
import nl.openbaar.audit.Auditing;
import nl.openbaar.audit.model.AuditAction;
import nl.openbaar.letter.DraftingLetter;
import nl.openbaar.letter.SendingLetter;
import nl.openbaar.letter.WritingLetter;
import nl.openbaar.letter.model.DraftKey;
import nl.openbaar.letter.model.SectionVersion;
import nl.openbaar.letter.model.TextDiff;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The lawyer's letters in the browser: the decision and the letters of the procedure as drafts generated from the
 * case, edited section by section (every save a version with who and when, versions compared), commented on by
 * colleagues, downloaded as PDF or as DOCX for Word and uploaded back, and sent (the final PDF kept with the case).
 */
@Controller
class LetterPages {

    private final DraftingLetter drafting;
    private final SendingLetter sending;
    private final WritingLetter writing;
    private final FindingRequests finding;
    private final Permissions perm;
    private final Audited audited;
    private final Clock clock;

    LetterPages(DraftingLetter drafting, SendingLetter sending, WritingLetter writing, FindingRequests finding, Permissions perm,
            Audited audited, Clock clock) {
        this.drafting = drafting;
        this.sending = sending;
        this.writing = writing;
        this.finding = finding;
        this.perm = perm;
        this.audited = audited;
        this.clock = clock;
    }

    @GetMapping("/beheer/verzoeken/{kenmerk}/brieven/{brief}")
    String show(@PathVariable String kenmerk, @PathVariable String brief, Authentication user, Model model) {
        finding.get(kenmerk);
        DraftKey key = DraftKey.parse(brief);
        try {
            model.addAttribute("draft", drafting.draft(kenmerk, key));
        } catch (InvalidInputException e) {
            // A letter whose step is not on the timeline yet (no extension recorded): say so on the request page.
            throw new InvalidInputException("brief", e.getMessage());
        }
        model.addAttribute("v", finding.get(kenmerk));
        model.addAttribute("letterLabel", key.type().label());
        model.addAttribute("canWork", perm.canWorkOn(user, kenmerk));
        model.addAttribute("canComment", perm.has(user, Role.CASE_HANDLER, Role.LAWYER));
        model.addAttribute("sent", drafting.sent(kenmerk).stream().filter(s -> s.key().equals(writing.resolve(kenmerk, key))).toList());
        model.addAttribute("today", LocalDate.now(clock));
        return "backoffice/letter";
    }

    @PostMapping("/beheer/verzoeken/{kenmerk}/brieven/{brief}/opslaan")
    String save(@PathVariable String kenmerk, @PathVariable String brief, @RequestParam String sectie,
            @RequestParam(required = false) String tekst, @RequestParam(defaultValue = "opslaan") String actie, Authentication user,
            RedirectAttributes flash) {
        finding.get(kenmerk);
        perm.requireCaseWork(user, kenmerk);
        DraftKey key = DraftKey.parse(brief);
        try {
            if (actie.equals("herstel")) {
                audited.run(user.getName(), AuditAction.LETTER_SECTION_RESET, Auditing.Subject.request(kenmerk), null, () -> {
                    drafting.reset(kenmerk, key, sectie, user.getName());
                    return sectie;
                }, s -> Map.of("brief", key.code(), "sectie", s));
                flash.addFlashAttribute("message", "letter.section.reset");
            } else {
                audited.run(user.getName(), AuditAction.LETTER_SECTION_SAVED, Auditing.Subject.request(kenmerk), null,
                        () -> drafting.save(kenmerk, key, sectie, tekst, user.getName()),
                        v -> v == null ? Map.of("brief", key.code(), "sectie", sectie) : Map.of("brief", key.code(), "sectie", sectie,
                                "versie", v.version()));
                flash.addFlashAttribute("message", "letter.section.saved");
            }
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("sectionError", e.describe());
            flash.addFlashAttribute("errorSection", sectie);
            flash.addFlashAttribute("typed", tekst);
        }
        return back(kenmerk, key, sectie);
    }

    @PostMapping("/beheer/verzoeken/{kenmerk}/brieven/{brief}/opmerkingen")
    String comment(@PathVariable String kenmerk, @PathVariable String brief, @RequestParam String sectie,
            @RequestParam(required = false) String opmerking, Authentication user, RedirectAttributes flash) {
        finding.get(kenmerk);
        perm.require(user, Role.CASE_HANDLER, Role.LAWYER);
        DraftKey key = DraftKey.parse(brief);
        try {
            audited.run(user.getName(), AuditAction.LETTER_COMMENT_ADDED, Auditing.Subject.request(kenmerk), null,
                    () -> drafting.comment(kenmerk, key, sectie, opmerking, user.getName()), c -> Map.of("brief", key.code(), "sectie", sectie));
            flash.addFlashAttribute("message", "letter.comment.added");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("sectionError", e.describe());
            flash.addFlashAttribute("errorSection", sectie);
        }
        return back(kenmerk, key, sectie);
    }

    @GetMapping("/beheer/verzoeken/{kenmerk}/brieven/{brief}/versies")
    String versions(@PathVariable String kenmerk, @PathVariable String brief, @RequestParam String sectie, Model model) {
        finding.get(kenmerk);
        DraftKey key = DraftKey.parse(brief);
        DraftingLetter.Draft draft = drafting.draft(kenmerk, key);
        DraftingLetter.DraftSection section = draft.sections().stream().filter(s -> s.id().equals(sectie)).findFirst()
                .orElseThrow(() -> new InvalidInputException("sectie", "de brief heeft geen onderdeel '" + sectie + "'"));
        List<SectionVersion> all = drafting.versions(kenmerk, key, sectie);
        List<Compared> compared = new ArrayList<>();
        String before = all.isEmpty() ? section.text() : all.get(0).generated();
        for (SectionVersion v : all) {
            compared.add(new Compared(v, TextDiff.words(before, v.text())));
            before = v.text();
        }
        java.util.Collections.reverse(compared);
        model.addAttribute("v", finding.get(kenmerk));
        model.addAttribute("draft", draft);
        model.addAttribute("section", section);
        model.addAttribute("versions", compared);
        model.addAttribute("letterLabel", key.type().label());
        return "backoffice/letter-versions";
    }

    /** A version with what changed against the one before it (the first against the generated text). */
    record Compared(SectionVersion version, List<TextDiff.Piece> changes) {
    }

    @GetMapping("/beheer/verzoeken/{kenmerk}/brieven/{brief}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String kenmerk, @PathVariable String brief) {
        finding.get(kenmerk);
        DraftKey key = DraftKey.parse(brief);
        byte[] pdf = writing.render(writing.letter(kenmerk, key, null, false), WritingLetter.Format.PDF);
        return file(pdf, MediaType.APPLICATION_PDF, fileName(kenmerk, key, "pdf"));
    }

    @GetMapping("/beheer/verzoeken/{kenmerk}/brieven/{brief}/docx")
    ResponseEntity<byte[]> docx(@PathVariable String kenmerk, @PathVariable String brief) {
        finding.get(kenmerk);
        DraftKey key = DraftKey.parse(brief);
        return file(drafting.docx(kenmerk, key),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), fileName(kenmerk, key, "docx"));
    }

    @PostMapping("/beheer/verzoeken/{kenmerk}/brieven/{brief}/docx")
    String upload(@PathVariable String kenmerk, @PathVariable String brief, @RequestParam(name = "bestand", required = false) MultipartFile file,
            Authentication user, RedirectAttributes flash) throws IOException {
        finding.get(kenmerk);
        perm.requireCaseWork(user, kenmerk);
        DraftKey key = DraftKey.parse(brief);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("bestand", "kies het bewerkte Word-bestand");
            }
            if (file.getSize() > 20L * 1024 * 1024) {
                throw new InvalidInputException("bestand", "het Word-bestand is groter dan 20 MB");
            }
            List<String> changed = audited.run(user.getName(), AuditAction.LETTER_DOCX_UPLOADED, Auditing.Subject.request(kenmerk), null, () -> {
                try {
                    return drafting.upload(kenmerk, key, file.getInputStream(), user.getName());
                } catch (IOException e) {
                    throw new InvalidInputException("bestand", "het bestand kon niet gelezen worden");
                }
            }, c -> Map.of("brief", key.code(), "gewijzigd", c));
            flash.addFlashAttribute("uploaded", changed.size());
            flash.addFlashAttribute("message", changed.isEmpty() ? "letter.docx.unchanged" : "letter.docx.uploaded");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("letterError", e.describe());
        }
        return back(kenmerk, key, null);
    }

    @PostMapping("/beheer/verzoeken/{kenmerk}/brieven/{brief}/verzenden")
    String send(@PathVariable String kenmerk, @PathVariable String brief, @RequestParam(required = false) String datum,
            Authentication user, RedirectAttributes flash) {
        finding.get(kenmerk);
        perm.requireCaseWork(user, kenmerk);
        DraftKey key = DraftKey.parse(brief);
        try {
            LocalDate date = RequestPages.date(datum == null || datum.isBlank() ? Map.of() : Map.of("datum", datum.strip()), "datum");
            audited.run(user.getName(), AuditAction.LETTER_SENT, Auditing.Subject.request(kenmerk), null,
                    () -> sending.send(kenmerk, key, date, perm.actor(user)), s -> Map.of("brief", s.key().code(), "verzonden", s.sentOn().toString()));
            flash.addFlashAttribute("message", "letter.sent");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("letterError", RequestPages.eventError(e));
        }
        return back(kenmerk, key, null);
    }

    @GetMapping("/beheer/verzoeken/{kenmerk}/verzonden/{id}")
    ResponseEntity<byte[]> sentPdf(@PathVariable String kenmerk, @PathVariable long id) {
        finding.get(kenmerk);
        var letter = drafting.sent(kenmerk).stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new nl.openbaar.shared.NotFoundException("brief " + id + " bestaat niet"));
        return file(drafting.sentPdf(kenmerk, id), MediaType.APPLICATION_PDF,
                fileName(kenmerk, letter.key(), "pdf").replace(".pdf", "-verzonden-" + letter.sentOn() + ".pdf"));
    }

    /** A letter the request page offers: the decision, and one per step of the procedure that has a letter. */
    record Offer(String code, String label, String date) {
    }

    static List<Offer> offers(nl.openbaar.request.model.VerzoekView v, Format fmt) {
        List<Offer> out = new ArrayList<>();
        out.add(new Offer(DraftKey.of(nl.openbaar.letter.model.LetterType.DECISION).code(), "Besluit", null));
        boolean acknowledged = false;
        for (var e : v.procedure()) {
            DraftKey key = switch (e.type()) {
                case ACKNOWLEDGED -> DraftKey.of(nl.openbaar.letter.model.LetterType.ACKNOWLEDGEMENT);
                case EXTENDED -> DraftKey.of(nl.openbaar.letter.model.LetterType.EXTENSION);
                case FORWARDED -> new DraftKey(nl.openbaar.letter.model.LetterType.FORWARDING, e.id());
                case VIEWS_REQUESTED -> new DraftKey(nl.openbaar.letter.model.LetterType.VIEWS, e.id());
                default -> null;
            };
            if (key != null) {
                acknowledged |= e.type() == nl.openbaar.request.model.EventType.ACKNOWLEDGED;
                String who = e.detail(nl.openbaar.request.model.Event.BODY) != null ? e.detail(nl.openbaar.request.model.Event.BODY)
                        : e.detail(nl.openbaar.request.model.Event.THIRD_PARTY);
                out.add(new Offer(key.code(), key.type().label() + (who == null ? "" : " (" + who + ")"), fmt.date(e.date())));
            }
        }
        if (!acknowledged) {
            out.add(1, new Offer(DraftKey.of(nl.openbaar.letter.model.LetterType.ACKNOWLEDGEMENT).code(), "Ontvangstbevestiging", null));
        }
        return out;
    }

    /** The letter that belongs to a step just recorded, if it has one. */
    static DraftKey letterFor(nl.openbaar.request.model.VerzoekView v, String type) {
        nl.openbaar.request.model.EventType t;
        try {
            t = nl.openbaar.request.model.EventType.parse(type);
        } catch (InvalidInputException e) {
            return null;
        }
        nl.openbaar.letter.model.LetterType letter = switch (t) {
            case ACKNOWLEDGED -> nl.openbaar.letter.model.LetterType.ACKNOWLEDGEMENT;
            case EXTENDED -> nl.openbaar.letter.model.LetterType.EXTENSION;
            case FORWARDED -> nl.openbaar.letter.model.LetterType.FORWARDING;
            case VIEWS_REQUESTED -> nl.openbaar.letter.model.LetterType.VIEWS;
            default -> null;
        };
        if (letter == null) {
            return null;
        }
        Long id = v.events().stream().filter(e -> e.type() == t).max(java.util.Comparator.comparing(nl.openbaar.request.model.Event::id))
                .map(nl.openbaar.request.model.Event::id).orElse(null);
        return new DraftKey(letter, id);
    }

    static String fileName(String kenmerk, DraftKey key, String ext) {
        return (key.code() + "-" + kenmerk).replaceAll("[^A-Za-z0-9._-]", "-") + "." + ext;
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }

    private static String back(String kenmerk, DraftKey key, String sectie) {
        return "redirect:/beheer/verzoeken/" + UriUtils.encodePathSegment(kenmerk, "UTF-8") + "/brieven/" + key.code()
                + (sectie == null ? "" : "#sectie-" + anchor(sectie));
    }

    /** An id an HTML anchor can carry ("grond:10.2.e:1" → "grond-10-2-e-1"). */
    static String anchor(String sectionId) {
        return sectionId.replaceAll("[^A-Za-z0-9-]", "-");
    }
}
