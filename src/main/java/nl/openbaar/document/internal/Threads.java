package nl.openbaar.document.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Groups e-mails into conversations. Links come from the headers first (Message-ID, In-Reply-To, References:
 * the way mail programs thread); messages without any link (Outlook exports often drop them) join a
 * conversation with the same subject, stripped of RE:/FW:/Antw:/Doorst: prefixes, when they share a
 * participant. A conversation is named after its earliest message.
 */
public final class Threads {

    private static final Pattern PREFIX = Pattern.compile("^\\s*((re|fw|fwd|aw|wg|antw|doorst|tr|sv|vs)\\s*(\\[\\d+\\])?\\s*:\\s*)+",
            Pattern.CASE_INSENSITIVE);

    private Threads() {
    }

    /** For every e-mail: the id of the first message of its conversation. */
    public static Map<Long, Long> of(List<OrganiseRow> rows) {
        List<OrganiseRow> mails = rows.stream().filter(OrganiseRow::email).filter(OrganiseRow::read).toList();
        UnionFind uf = new UnionFind();
        Map<String, Long> byMessageId = new HashMap<>();
        for (OrganiseRow r : mails) {
            uf.add(r.id());
            if (r.messageId() != null) {
                Long other = byMessageId.putIfAbsent(norm(r.messageId()), r.id());
                if (other != null) {
                    uf.union(other, r.id()); // copies of the same message
                }
            }
        }
        Map<String, List<OrganiseRow>> bySubject = new LinkedHashMap<>();
        for (OrganiseRow r : mails) {
            List<String> refs = new ArrayList<>(r.references());
            if (r.inReplyTo() != null) {
                refs.add(r.inReplyTo());
            }
            for (String ref : refs) {
                Long other = byMessageId.get(norm(ref));
                if (other != null) {
                    uf.union(other, r.id());
                }
            }
            String subject = subject(r.subject());
            if (!subject.isEmpty()) {
                bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(r);
            }
        }
        for (List<OrganiseRow> same : bySubject.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size() && j < i + 200; j++) {
                    OrganiseRow a = same.get(i);
                    OrganiseRow b = same.get(j);
                    boolean unlinked = a.inReplyTo() == null && a.references().isEmpty() || b.inReplyTo() == null && b.references().isEmpty();
                    if (unlinked && shareParticipant(a, b)) {
                        uf.union(a.id(), b.id());
                    }
                }
            }
        }
        Map<Long, List<OrganiseRow>> groups = new HashMap<>();
        for (OrganiseRow r : mails) {
            groups.computeIfAbsent(uf.find(r.id()), k -> new ArrayList<>()).add(r);
        }
        Map<Long, Long> thread = new HashMap<>();
        Comparator<OrganiseRow> earliest = Comparator.comparing((OrganiseRow r) -> r.sent() == null ? Long.MAX_VALUE
                : r.sent().toInstant().getEpochSecond()).thenComparing(OrganiseRow::id);
        for (List<OrganiseRow> g : groups.values()) {
            long first = g.stream().min(earliest).orElseThrow().id();
            g.forEach(r -> thread.put(r.id(), first));
        }
        return thread;
    }

    /** The subject without reply and forward prefixes, lower case, spaces normalised. */
    public static String subject(String s) {
        if (s == null) {
            return "";
        }
        return PREFIX.matcher(s).replaceFirst("").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean shareParticipant(OrganiseRow a, OrganiseRow b) {
        for (String p : a.participants()) {
            if (b.participants().contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static String norm(String id) {
        return id.strip().toLowerCase(Locale.ROOT);
    }

    /** Disjoint sets over document ids. */
    static final class UnionFind {
        private final Map<Long, Long> parent = new HashMap<>();

        void add(long x) {
            parent.putIfAbsent(x, x);
        }

        long find(long x) {
            add(x);
            long root = x;
            while (parent.get(root) != root) {
                root = parent.get(root);
            }
            while (parent.get(x) != root) {
                long next = parent.get(x);
                parent.put(x, root);
                x = next;
            }
            return root;
        }

        void union(long a, long b) {
            long ra = find(a);
            long rb = find(b);
            if (ra != rb) {
                parent.put(Math.max(ra, rb), Math.min(ra, rb));
            }
        }
    }
}
