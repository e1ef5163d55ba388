package nl.openbaar.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.openbaar.account.Role;
import nl.openbaar.audit.Auditing;
import nl.openbaar.publication.ImportingBundle;
import nl.openbaar.publication.PreparingPublication;
import nl.openbaar.publication.StagedBundles;
import nl.openbaar.publication.model.BundleSplit;
import nl.openbaar.publication.model.ImportMetadata;
import nl.openbaar.shared.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a bundle the organisation published before, in two steps: upload it and see how it splits (decision,
 * inventory, documents with their pages, how each was recognised) and what was read from the decision in a form; then
 * correct what needs it and import. The import runs the leak gate on every part and puts the publication up for a
 * second publisher's approval, as the command line's {@code openbaar import} does.
 */
@Controller
class ImportPages {

    private final ImportingBundle importing;
    private final StagedBundles staged;
    private final Permissions perm;
    private final Audited audited;

    ImportPages(ImportingBundle importing, StagedBundles staged, Permissions perm, Audited audited) {
        this.importing = importing;
        this.staged = staged;
        this.perm = perm;
        this.audited = audited;
    }

    @GetMapping("/beheer/import")
    String form(Authentication user, Model model) {
        perm.require(user, Role.PUBLISHER);
        return "backoffice/import";
    }

    @PostMapping("/beheer/import")
    String upload(@RequestParam(value = "bundle", required = false) MultipartFile file, Authentication user, Model model) {
        perm.require(user, Role.PUBLISHER);
        if (file == null || file.isEmpty()) {
            model.addAttribute("importError", "bundle: kies een PDF-bestand");
            return "backoffice/import";
        }
        String token;
        try (InputStream in = file.getInputStream()) {
            token = staged.keep(in);
        } catch (IOException e) {
            model.addAttribute("importError", "bundle: het bestand kon niet worden gelezen");
            return "backoffice/import";
        } catch (InvalidInputException e) {
            model.addAttribute("importError", e.describe());
            return "backoffice/import";
        }
        try {
            BundleSplit split = importing.split(staged.path(token));
            return preview(model, token, file.getOriginalFilename(), split, split.metadata(), null);
        } catch (InvalidInputException e) {
            staged.drop(token);
            model.addAttribute("importError", e.describe());
            return "backoffice/import";
        }
    }

    private String preview(Model model, String token, String name, BundleSplit split, ImportMetadata m, String error) {
        model.addAttribute("token", token);
        model.addAttribute("fileName", name);
        model.addAttribute("split", split);
        model.addAttribute("m", m);
        model.addAttribute("kinds", PreparingPublication.DECISION_KINDS);
        model.addAttribute("importError", error);
        return "backoffice/import";
    }

    @PostMapping("/beheer/import/{token}")
    String confirm(@PathVariable String token, @RequestParam Map<String, String> form, Authentication user, Model model,
            RedirectAttributes flash) {
        perm.require(user, Role.PUBLISHER);
        var path = staged.path(token);
        ImportMetadata typed;
        try {
            typed = new ImportMetadata(form.get("subject"), form.get("organisation"), form.get("kenmerk"), date(form, "decisionDate"),
                    date(form, "receivedDate"), blank(form.get("regime")), blank(form.get("decisionKind")), blank(form.get("summary")));
        } catch (InvalidInputException e) {
            BundleSplit split = importing.split(path);
            return preview(model, token, form.get("fileName"), split, split.metadata(), e.describe());
        }
        try {
            ImportingBundle.Imported r = audited.created(user.getName(), nl.openbaar.audit.model.AuditAction.PUBLICATION_IMPORTED,
                    () -> importing.importBundle(path, typed, user.getName()),
                    x -> Auditing.Subject.of("publicatie", x.publication().publicId(), x.publication().kenmerk()), x -> {
                        Map<String, Object> after = new LinkedHashMap<>();
                        after.put("status", x.publication().status());
                        after.put("parts", x.split().parts().size());
                        after.put("refused", x.refused().size());
                        return after;
                    });
            staged.drop(token);
            flash.addFlashAttribute("message", "import.done");
            if (!r.refused().isEmpty()) {
                flash.addFlashAttribute("publicationError", String.join(" · ", r.refused().stream().map(x -> "document "
                        + x.part().number() + " (pagina " + x.part().firstPage() + "-" + x.part().lastPage()
                        + ") geweigerd door de controle en niet opgenomen: " + String.join("; ", x.findings())).toList()));
            }
            return "redirect:/beheer/publicaties/" + r.publication().publicId();
        } catch (InvalidInputException e) {
            BundleSplit split = importing.split(path);
            return preview(model, token, form.get("fileName"), split, typed.over(split.metadata()), e.describe());
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(Map<String, String> form, String field) {
        String v = blank(form.get(field));
        if (v == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v);
            if (d.getYear() < 1800 || d.getYear() > 2199) {
                throw new InvalidInputException(field, "een datum tussen 1800 en 2199");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "geen datum (jjjj-mm-dd): " + v);
        }
    }
}
