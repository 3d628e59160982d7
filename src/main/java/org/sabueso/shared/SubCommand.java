package org.sabueso.shared;

import java.util.List;

/**
 * A command run from the jar instead of the web service, such as {@code audit verify} or
 * {@code bench screening}. Implementations are beans of their module; the application finds the
 * one whose words start the command line.
 */
public interface SubCommand {

    /** The words that name the command, such as {@code ["audit", "verify"]}. */
    List<String> words();

    /** One line of help. */
    String description();

    /** Runs with the arguments after the command's words; returns the process exit code. */
    int run(List<String> args) throws Exception;

    /** The value of {@code --name value} or {@code --name=value} among the arguments, or {@code fallback}. */
    static String option(List<String> args, String name, String fallback) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(name) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (args.get(i).startsWith(name + "=")) {
                return args.get(i).substring(name.length() + 1);
            }
        }
        return fallback;
    }

    /** CPU time of this whole process, all its threads, for benchmarks; 0 where the JVM cannot tell. */
    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }
}
