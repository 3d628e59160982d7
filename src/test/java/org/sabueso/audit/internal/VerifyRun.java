package org.sabueso.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.sabueso.audit.AuditTrail;

/** {@code audit verify} run in this JVM, with what it printed. */
record VerifyRun(int exitCode, String out, String err) {

    static VerifyRun of(AuditTrail trail, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new AuditVerifyCommand(trail, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
        return new VerifyRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
