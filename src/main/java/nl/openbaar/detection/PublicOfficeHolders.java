package nl.openbaar.detection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.openbaar.detection.model.OfficeHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The allow-list of public office holders (ministers, state secretaries, members of parliament) whose names
 * are not redacted when they act in that capacity. Data with its source and compilation date
 * ({@code public-office-holders.json}); the context rules in detection catch office holders missing here.
 */
public final class PublicOfficeHolders {

    private static final String RESOURCE = "/nl/openbaar/detection/public-office-holders.json";

    private final List<OfficeHolder> holders;
    private final String source;
    private final LocalDate compiled;

    private PublicOfficeHolders(List<OfficeHolder> holders, String source, LocalDate compiled) {
        this.holders = List.copyOf(holders);
        this.source = source;
        this.compiled = compiled;
    }

    public static PublicOfficeHolders standard() {
        return Holder.STANDARD;
    }

    public static PublicOfficeHolders none() {
        return new PublicOfficeHolders(List.of(), "", null);
    }

    private static final class Holder {
        static final PublicOfficeHolders STANDARD = load();
    }

    private static PublicOfficeHolders load() {
        try (InputStream in = PublicOfficeHolders.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("allow-list missing from the class path: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PublicOfficeHolders read(InputStream json) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        String source = root.path("source").asString("");
        List<OfficeHolder> list = new ArrayList<>();
        for (JsonNode h : root.path("holders")) {
            String until = h.path("until").isNull() || h.path("until").isMissingNode() ? null : h.path("until").asString();
            list.add(new OfficeHolder(h.path("name").asString(), h.path("surname").asString(), h.path("role").asString(),
                    LocalDate.parse(h.path("from").asString()), until == null ? null : LocalDate.parse(until),
                    h.path("source").asString(source)));
        }
        String compiled = root.path("compiled").asString(null);
        return new PublicOfficeHolders(list, source, compiled == null ? null : LocalDate.parse(compiled));
    }

    /** This list plus more holders (an organisation's own: its mayor, aldermen, signing directors). */
    public PublicOfficeHolders with(List<OfficeHolder> more) {
        List<OfficeHolder> all = new ArrayList<>(holders);
        all.addAll(more);
        return new PublicOfficeHolders(all, source, compiled);
    }

    public List<OfficeHolder> holders() {
        return holders;
    }

    public String source() {
        return source;
    }

    public LocalDate compiled() {
        return compiled;
    }
}
