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
        // The demo runs on plain http://localhost, so its session cookie cannot be limited to HTTPS; and on loopback
        // alone whatever the environment says, since its logins are printed on the console.
        // An invented signer, so the demo's decisions can be signed; a real installation sets its own mandated official.
        ServeCommand.start(port, "--openbaar.demo=true", "--server.servlet.session.cookie.secure=false", "--server.address=127.0.0.1",
                "--openbaar.organisation.signer.name=drs. M.J. de Boer", "--openbaar.organisation.signer.function=directeur Digitale Overheid");
        return OpenbaarCommand.KEEP_RUNNING;
    }
}
