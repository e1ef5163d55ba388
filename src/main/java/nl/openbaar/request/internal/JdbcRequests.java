package nl.openbaar.request.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.openbaar.law.Regime;
import nl.openbaar.request.model.Channel;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.Periode;
import nl.openbaar.request.model.Verzoek;
import nl.openbaar.request.model.Verzoeker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Requests and their events in the database, with plain SQL that runs on PostgreSQL and H2 alike. */
@Repository
public class JdbcRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> DETAILS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    public JdbcRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean kenmerkExists(String kenmerk) {
        return jdbc.sql("select count(*) from request where kenmerk = ?").param(kenmerk).query(Integer.class).single() > 0;
    }

    /** The next number in the year's series; the row lock on the counter keeps two registrations apart. */
    public int nextNumber(int year) {
        int updated = jdbc.sql("update kenmerk_counter set last_number = last_number + 1 where counter_year = ?").param(year).update();
        if (updated == 0) {
            jdbc.sql("insert into kenmerk_counter (counter_year, last_number) values (?, 1)").param(year).update();
            return 1;
        }
        return jdbc.sql("select last_number from kenmerk_counter where counter_year = ?").param(year).query(Integer.class).single();
    }

    public long insert(Verzoek v) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into request (kenmerk, regime, requester_name, requester_address, requester_email, requester_phone,
                    letter_date, received_date, channel, subject, requested_from, requested_to, scoped_from, scoped_to,
                    scope_reason, organisation, registered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(v.kenmerk(), v.regime().code(), v.verzoeker().name(), v.verzoeker().address(), v.verzoeker().email(),
                        v.verzoeker().phone(), v.letterDate(), v.receivedDate(), v.channel().name(),
                        v.bestuurlijkeAangelegenheid(), from(v.requestedPeriod()), to(v.requestedPeriod()),
                        from(v.scopedPeriod()), to(v.scopedPeriod()), v.scopeReason(), v.organisation(),
                        Timestamp.from(v.registeredAt()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        int n = 1;
        for (String item : v.items()) {
            jdbc.sql("insert into request_item (request_id, position, item_text) values (?, ?, ?)").params(id, n++, item).update();
        }
        return id;
    }

    /** Rewrites everything but the kenmerk, the date of receipt and the registration time. */
    public void update(Verzoek v) {
        jdbc.sql("""
                update request set regime = ?, requester_name = ?, requester_address = ?, requester_email = ?,
                    requester_phone = ?, subject = ?, requested_from = ?, requested_to = ?, scoped_from = ?, scoped_to = ?,
                    scope_reason = ?, organisation = ?
                where id = ?""")
                .params(v.regime().code(), v.verzoeker().name(), v.verzoeker().address(), v.verzoeker().email(),
                        v.verzoeker().phone(), v.bestuurlijkeAangelegenheid(), from(v.requestedPeriod()), to(v.requestedPeriod()),
                        from(v.scopedPeriod()), to(v.scopedPeriod()), v.scopeReason(), v.organisation(), v.id())
                .update();
        jdbc.sql("delete from request_item where request_id = ?").param(v.id()).update();
        int n = 1;
        for (String item : v.items()) {
            jdbc.sql("insert into request_item (request_id, position, item_text) values (?, ?, ?)").params(v.id(), n++, item).update();
        }
    }

    public Optional<Verzoek> findByKenmerk(String kenmerk) {
        return jdbc.sql("select * from request where kenmerk = ?").param(kenmerk).query(this::verzoek).optional()
                .map(this::withItems);
    }

    public Optional<Verzoek> findById(long id) {
        return jdbc.sql("select * from request where id = ?").param(id).query(this::verzoek).optional().map(this::withItems);
    }

    /** All requests, open ones first by their stored deadline. */
    public List<Verzoek> all() {
        List<Verzoek> list = jdbc.sql("select * from request order by closed, deadline, received_date, id").query(this::verzoek).list();
        Map<Long, List<String>> items = new LinkedHashMap<>();
        jdbc.sql("select request_id, item_text from request_item order by request_id, position")
                .query(rs -> {
                    items.computeIfAbsent(rs.getLong("request_id"), k -> new ArrayList<>()).add(rs.getString("item_text"));
                });
        return list.stream().map(v -> copyWithItems(v, items.getOrDefault(v.id(), List.of()))).toList();
    }

    public List<Long> openIds() {
        return jdbc.sql("select id from request where closed = false order by id").query(Long.class).list();
    }

    public Optional<LocalDate> storedDeadline(long id) {
        return jdbc.sql("select deadline from request where id = ?").param(id)
                .query((rs, n) -> Optional.ofNullable(rs.getObject("deadline", LocalDate.class))).single();
    }

    public void storeDeadline(long id, LocalDate deadline, String explanation, boolean closed) {
        jdbc.sql("update request set deadline = ?, deadline_explained = ?, closed = ? where id = ?")
                .params(deadline, truncate(explanation, 4000), closed, id).update();
    }

    public long insertEvent(long requestId, Event e) {
        KeyHolder key = new GeneratedKeyHolder();
        String details = e.details().isEmpty() ? null : JSON.writeValueAsString(e.details());
        if (details != null && details.length() > 4000) {
            // Quoting (control characters, quotes) can make the stored form longer than the values checked in Limits.
            throw new nl.openbaar.shared.InvalidInputException("details", "de gegevens bij deze gebeurtenis zijn te lang");
        }
        jdbc.sql("""
                insert into request_event (request_id, type, event_date, note, letter, details, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(requestId, e.type().name(), e.date(), e.note(), e.letter(),
                        details, Timestamp.from(e.recordedAt()),
                        e.recordedBy())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public List<Event> events(long requestId) {
        return jdbc.sql("select * from request_event where request_id = ? order by event_date, id").param(requestId)
                .query((rs, n) -> event(rs)).list();
    }

    private Event event(ResultSet rs) throws SQLException {
        String details = rs.getString("details");
        Map<String, String> map = details == null ? Map.of() : JSON.readValue(details, DETAILS);
        return new Event(rs.getLong("id"), EventType.valueOf(rs.getString("type")), rs.getObject("event_date", LocalDate.class),
                rs.getString("note"), rs.getString("letter"), map, rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"));
    }

    private Verzoek verzoek(ResultSet rs, int row) throws SQLException {
        return new Verzoek(
                rs.getLong("id"),
                rs.getString("kenmerk"),
                Regime.valueOf(rs.getString("regime").toUpperCase(java.util.Locale.ROOT)),
                new Verzoeker(rs.getString("requester_name"), rs.getString("requester_address"), rs.getString("requester_email"),
                        rs.getString("requester_phone")),
                rs.getObject("letter_date", LocalDate.class),
                rs.getObject("received_date", LocalDate.class),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("subject"),
                List.of(),
                Periode.of(rs.getObject("requested_from", LocalDate.class), rs.getObject("requested_to", LocalDate.class)),
                Periode.of(rs.getObject("scoped_from", LocalDate.class), rs.getObject("scoped_to", LocalDate.class)),
                rs.getString("scope_reason"),
                rs.getString("organisation"),
                rs.getTimestamp("registered_at").toInstant());
    }

    private Verzoek withItems(Verzoek v) {
        List<String> items = jdbc.sql("select item_text from request_item where request_id = ? order by position").param(v.id())
                .query(String.class).list();
        return copyWithItems(v, items);
    }

    private static Verzoek copyWithItems(Verzoek v, List<String> items) {
        return new Verzoek(v.id(), v.kenmerk(), v.regime(), v.verzoeker(), v.letterDate(), v.receivedDate(), v.channel(),
                v.bestuurlijkeAangelegenheid(), items, v.requestedPeriod(), v.scopedPeriod(), v.scopeReason(), v.organisation(),
                v.registeredAt());
    }

    private static LocalDate from(Periode p) {
        return p == null ? null : p.from();
    }

    private static LocalDate to(Periode p) {
        return p == null ? null : p.to();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
