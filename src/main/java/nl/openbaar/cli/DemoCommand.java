package nl.openbaar.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openbaar demo [--port N]}: the web application with a demo case loaded (once) into the data folder,
 * and demo logins printed on the console.
 */
@Command(name = "demo", description = "Start Openbaar met een demozaak en demo-accounts.")
public class DemoCommand implements Callable<Integer> {

    @Option(names = "--port", description = "poort (standaard 8080)")
    Integer port;

    @Override
    public Integer call() {
        // The demo runs on plain http://localhost, so its session cookie cannot be limited to HTTPS.
        ServeCommand.start(port, "--openbaar.demo=true", "--server.servlet.session.cookie.secure=false");
        return OpenbaarCommand.KEEP_RUNNING;
    }
}
