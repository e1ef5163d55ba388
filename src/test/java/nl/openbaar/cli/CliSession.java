package nl.openbaar.cli;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CLI process for tests that runs many commands in one JVM: one command a line on standard input (a JSON array of
 * arguments), one JSON line back per command on standard output ({@code exit}, {@code out}, {@code err}). It is a
 * real second process on the data folder, started as the launcher starts Openbaar, without a JVM start per command.
 */
public final class CliSession {

    private CliSession() {
    }

    public static void main(String[] ignored) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        PrintWriter answers = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null; line = commands.readLine()) {
            CliRun r = CliRun.run(json.readValue(line, String[].class));
            answers.println(json.writeValueAsString(Map.of("exit", r.exit(), "out", r.out(), "err", r.err())));
        }
        Cli.close();
        System.exit(0);
    }
}
