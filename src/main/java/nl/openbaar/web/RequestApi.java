package nl.openbaar.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.openbaar.request.AmendingRequest;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.RecordingEvent;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.request.RequestJson;
import nl.openbaar.request.model.Amendment;
import nl.openbaar.request.model.NewEvent;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Periode;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.request.model.Verzoeker;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API for requests and their timelines; described at /v3/api-docs. Writes go through the same use cases as
 * the web pages and the CLI, with the account HTTP Basic authenticated: they check the case team themselves
 * (403 otherwise) and write the audit entry. The requester's contact data only for the case team.
 */
@RestController
@RequestMapping("/api/verzoeken")
class RequestApi {

    private final FindingRequests finding;
    private final RegisteringRequest registering;
    private final RecordingEvent recording;
    private final AmendingRequest amending;
    private final Permissions perm;

    RequestApi(FindingRequests finding, RegisteringRequest registering, RecordingEvent recording, AmendingRequest amending,
            Permissions perm) {
        this.perm = perm;
        this.finding = finding;
        this.registering = registering;
        this.recording = recording;
        this.amending = amending;
    }

    /** Requests, the most urgent first. */
    @GetMapping
    List<Map<String, Object>> list() {
        return finding.byUrgency().stream().map(RequestJson::summary).toList();
    }

    @GetMapping("/{kenmerk}")
    Map<String, Object> show(@PathVariable String kenmerk, Authentication user) {
        VerzoekView v = finding.get(kenmerk);
        return RequestJson.full(v, perm.canSeeCaseData(user, v.verzoek().kenmerk()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> register(@RequestBody RequestBodyIn in, Authentication user) {
        NewRequest request = new NewRequest(in.kenmerk(), in.regime(),
                new Verzoeker(in.name(), in.address(), in.email(), in.phone()), in.letterDate(), in.received(), in.channel(),
                in.subject(), in.items(), Periode.of(in.requestedFrom(), in.requestedTo()),
                Periode.of(in.scopedFrom(), in.scopedTo()), in.scopeReason(), in.organisation());
        return RequestJson.full(registering.register(request, perm.actor(user)));
    }

    /** Corrects or completes a request (scoped period, regime override, …); absent fields stay as they are. */
    @PatchMapping("/{kenmerk}")
    Map<String, Object> amend(@PathVariable String kenmerk, @RequestBody Amendment in, Authentication user) {
        return RequestJson.full(amending.amend(kenmerk, in, perm.actor(user)));
    }

    @PostMapping("/{kenmerk}/gebeurtenissen")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> event(@PathVariable String kenmerk, @RequestBody EventBodyIn in, Authentication user) {
        return RequestJson.full(recording.record(kenmerk,
                new NewEvent(in.type(), in.date(), in.note(), in.letter(), in.details()), perm.actor(user)));
    }

    /** A request to register, as JSON. */
    record RequestBodyIn(String kenmerk, String regime, String name, String address, String email, String phone,
            LocalDate letterDate, LocalDate received, String channel, String subject, List<String> items,
            LocalDate requestedFrom, LocalDate requestedTo, LocalDate scopedFrom, LocalDate scopedTo, String scopeReason,
            String organisation) {
    }

    /** An event to record, as JSON; details as in the CLI (reason, agreedDate, body, …). */
    record EventBodyIn(String type, LocalDate date, String note, String letter, Map<String, String> details) {
    }
}
