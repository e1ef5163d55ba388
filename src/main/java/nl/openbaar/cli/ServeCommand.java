package nl.openbaar.cli;

import java.util.concurrent.Callable;
import nl.openbaar.OpenbaarApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openbaar serve [--port N]}: the web application on the configured database. */
@Command(name = "serve", description = "Start de webapplicatie (backoffice, portaal en API).")
public class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "poort (standaard 8080)")
    Integer port;

    @Option(names = "--address", description = "adres waarop de server luistert (standaard 127.0.0.1, alleen deze machine;"
            + " 0.0.0.0 voor alle netwerken, achter een reverse proxy met TLS)")
    String address;

    @Override
    public Integer call() {
        if (address != null) {
            start(port, "--server.address=" + address.strip());
            return OpenbaarCommand.KEEP_RUNNING;
        }
        start(port);
        return OpenbaarCommand.KEEP_RUNNING;
    }

    /** Starts the server; arguments are Spring properties (--name=value), which beat application.properties. */
    static void start(Integer port, String... properties) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(properties));
        if (port != null) {
            args.add("--server.port=" + port);
        }
        SpringApplication.run(OpenbaarApplication.class, args.toArray(String[]::new));
    }
}
