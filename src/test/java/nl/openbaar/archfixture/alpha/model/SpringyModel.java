package nl.openbaar.archfixture.alpha.model;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Planted for ArchitectureTest: a model class that uses Spring. */
public class SpringyModel {
    private JdbcClient jdbc;

    public JdbcClient jdbc() {
        return jdbc;
    }
}
