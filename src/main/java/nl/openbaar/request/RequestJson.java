package nl.openbaar.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.deadline.DeadlineJson;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.Periode;
import nl.openbaar.request.model.Verzoek;
import nl.openbaar.request.model.VerzoekView;

/** The JSON form of a request, shared by the CLI's --json output and the REST API. */
public final class RequestJson {

    private RequestJson() {
    }

    public static Map<String, Object> summary(VerzoekView v) {
        Verzoek r = v.verzoek();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kenmerk", r.kenmerk());
        m.put("regime", r.regime().code());
        m.put("subject", r.bestuurlijkeAangelegenheid());
        m.put("received", r.receivedDate().toString());
        m.put("deadline", v.deadlines().deadline().toString());
        m.put("status", v.deadlines().status().name().toLowerCase(java.util.Locale.ROOT));
        if (v.deadlines().daysLeft() != null) {
            m.put("daysLeft", v.deadlines().daysLeft());
        }
        return m;
    }

    public static Map<String, Object> full(VerzoekView v) {
        return full(v, true);
    }

    /** @param contact whether the requester's address, e-mail and phone are included: for the case team only (need to know) */
    public static Map<String, Object> full(VerzoekView v, boolean contact) {
        Verzoek r = v.verzoek();
        Map<String, Object> m = summary(v);
        Map<String, Object> requester = new LinkedHashMap<>();
        requester.put("name", r.verzoeker().name());
        if (contact) {
            requester.put("address", r.verzoeker().address());
            requester.put("email", r.verzoeker().email());
            requester.put("phone", r.verzoeker().phone());
        }
        m.put("requester", requester);
        m.put("letterDate", r.letterDate() == null ? null : r.letterDate().toString());
        m.put("channel", r.channel().name().toLowerCase(java.util.Locale.ROOT));
        m.put("organisation", r.organisation());
        m.put("items", r.items());
        m.put("requestedPeriod", period(r.requestedPeriod()));
        m.put("scopedPeriod", period(r.scopedPeriod()));
        m.put("scopeReason", r.scopeReason());
        List<Map<String, Object>> events = new ArrayList<>();
        for (Event e : v.events()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("id", e.id());
            em.put("type", e.type().code());
            em.put("label", e.type().label());
            em.put("date", e.date().toString());
            em.put("note", e.note());
            em.put("letter", e.letter());
            em.put("details", e.details());
            em.put("recordedBy", e.recordedBy());
            events.add(em);
        }
        m.put("events", events);
        m.put("deadlines", DeadlineJson.of(v.deadlines()));
        return m;
    }

    private static Map<String, Object> period(Periode p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", p.from() == null ? null : p.from().toString());
        m.put("to", p.to() == null ? null : p.to().toString());
        return m;
    }
}
