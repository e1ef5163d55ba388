package nl.openbaar.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.openbaar.Main;
import nl.openbaar.shared.logging.LibraryNoise;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test harness for {@link JsonOutputTest}: runs a list of openbaar commands in one JVM, each exactly as
 * {@link Main} runs one, and writes a separator line with the exit code after each command's standard output.
 * One JVM for all commands, because starting one per command would cost a minute of CI.
 */
final class CommandSequence {

    static final String SEPARATOR = "\u001e";

    private CommandSequence() {
    }

    public static void main(String[] args) throws Exception {
        List<List<String>> commands = JsonMapper.builder().build().readValue(Files.readString(Path.of(args[0])),
                new TypeReference<List<List<String>>>() { });
        PrintWriter result = Main.resultChannel();
        for (List<String> command : commands) {
            System.err.println("=== " + java.time.LocalTime.now() + " " + String.join(" ", command));
            int exit = Main.execute(command.toArray(String[]::new), result);
            result.println(SEPARATOR + exit);
            result.flush();
        }
        result.println("{\"suppressed\": " + LibraryNoise.suppressed() + "}");
        result.flush();
        System.exit(0);
    }
}
