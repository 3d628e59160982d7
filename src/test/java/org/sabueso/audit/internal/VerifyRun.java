package org.sabueso.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

import org.sabueso.audit.AuditTrail;
import org.sabueso.shared.SubCommand;

/** {@code audit verify} run in this JVM, its command line read as the jar reads it, with what it printed. */
record VerifyRun(int exitCode, String out, String err) {

    static VerifyRun of(AuditTrail trail, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        AuditVerifyCommand command = new AuditVerifyCommand(o, e);
        OptionalInt refused = SubCommand.parse(command, List.of(args), o, e);
        int code = refused.isPresent() ? refused.getAsInt() : command.verify(trail);
        return new VerifyRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
