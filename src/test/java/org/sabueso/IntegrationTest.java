package org.sabueso;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every integration test: the whole application on a random port over one embedded
 * PostgreSQL with the demo loaded. Every subclass shares the same Spring context (same
 * configuration, no extra annotations), so the database and the app start once per run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

    public static final String PASSWORD = "demo-pass";

    @LocalServerPort
    protected int port;

    protected Http http(String username) {
        return new Http("http://localhost:" + port, username, username == null ? null : PASSWORD);
    }

    protected Http anonymous() {
        return http(null);
    }

    /** A client with a password of the test's choosing, such as a wrong one. */
    protected Http http(String username, String password) {
        return new Http("http://localhost:" + port, username, password);
    }
}
