package nl.openbaar.demo;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/** What the demo could not do (a step that did not run and why), said on its pages as well as on the console. */
@Component
class DemoStatus {

    private final AtomicReference<String> problem = new AtomicReference<>();

    void couldNot(String what) {
        problem.set(what);
    }

    Optional<String> problem() {
        return Optional.ofNullable(problem.get());
    }
}
