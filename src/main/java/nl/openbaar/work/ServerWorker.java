package nl.openbaar.work;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The web server runs a worker too (unless {@code openbaar.work.server=false}), so a single installation needs
 * nothing else; larger ones add {@code openbaar worker} processes. CLI commands start their own when they need one.
 */
@Component
class ServerWorker {

    private final BackgroundWork work;
    private final WorkSettings settings;
    private final String mode;
    private BackgroundWork.Worker worker;

    ServerWorker(BackgroundWork work, WorkSettings settings, @Value("${openbaar.mode:server}") String mode) {
        this.work = work;
        this.settings = settings;
        this.mode = mode;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start(ApplicationReadyEvent event) {
        // only a running web server: CLI commands (no web server) start a worker when they need one
        boolean web = event.getApplicationContext() instanceof org.springframework.boot.web.server.context.WebServerApplicationContext;
        if (web && "server".equals(mode) && settings.server() && worker == null) {
            worker = work.start();
        }
    }

    @EventListener(ContextClosedEvent.class)
    synchronized void stop() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
    }
}
