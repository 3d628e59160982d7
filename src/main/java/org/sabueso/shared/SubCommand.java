package org.sabueso.shared;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.context.ApplicationContext;

import picocli.CommandLine;

/**
 * A command run from the jar instead of the web service, such as {@code audit verify} or
 * {@code bench screening}. Each is a picocli {@link CommandLine.Command} whose name is its words
 * ({@code "audit verify"}) and whose options are annotated fields. The application fills them
 * before it starts anything, so {@code --help} and a mistyped option answer at once; only then
 * does it start Spring (without web server) and hand its context to {@link #run}.
 */
public interface SubCommand {

    /** Exit code of a command line that could not be understood. */
    int USAGE = 2;

    /** Runs with the beans of the application started for it; returns the process exit code. */
    int run(ApplicationContext context) throws Exception;

    /**
     * False for a command that runs without the application (the {@code broker} command, or
     * {@code federation init}, which write files and must not start a database): {@link #run} then
     * gets a null context.
     */
    default boolean needsApplication() {
        return true;
    }

    /** Options that belong to Spring's environment rather than to the command: they pass through to it. */
    static boolean forSpring(String arg) {
        return arg.startsWith("--spring.") || arg.startsWith("--sabueso.") || arg.startsWith("--logging.");
    }

    /**
     * Fills the command's options from {@code args} (Spring's own options skipped). Empty when the
     * command may run; otherwise the exit code: 0 after printing the help asked for with
     * {@code --help}, {@link #USAGE} after printing what was wrong and the usage to {@code err}.
     */
    static OptionalInt parse(Object command, List<String> args, PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(command);
        line.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Shows this help and exits.").build());
        line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        try {
            line.parseArgs(args.stream().filter(a -> !forSpring(a)).toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            err.println(line.getCommandName() + ": " + e.getMessage());
            line.usage(err);
            return OptionalInt.of(USAGE);
        }
        if (line.isUsageHelpRequested()) {
            line.usage(out);
            return OptionalInt.of(0);
        }
        return OptionalInt.empty();
    }

    /** CPU time of this whole process, all its threads, for benchmarks; 0 where the JVM cannot tell. */
    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }
}
