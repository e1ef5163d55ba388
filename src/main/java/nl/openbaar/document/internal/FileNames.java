package nl.openbaar.document.internal;

/** File names from untrusted sources: no paths, no control characters, bounded length. */
final class FileNames {

    private FileNames() {
    }

    static String safe(String name) {
        if (name == null) {
            return "naamloos";
        }
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        n = n.replaceAll("[\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069]", "").strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            return "naamloos";
        }
        return n.length() > 200 ? n.substring(0, 150) + "…" + n.substring(n.length() - 40) : n;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
