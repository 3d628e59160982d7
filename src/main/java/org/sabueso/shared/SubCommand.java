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
}
