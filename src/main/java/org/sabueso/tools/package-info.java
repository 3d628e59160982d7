/**
 * Tools, apart from the domain: the jar's benchmarks ({@code bench screening}, {@code bench
 * screening-http}, {@code bench graph}, {@code bench import}, {@code bench tips}), their generators
 * and their load client, one sub-package per tool. Nothing depends on this module; it depends on
 * the others' APIs like any client would.
 *
 * <p>Where a bench measures code a module keeps to itself (the screening engine, the in-memory
 * graph, the tip line's receipts) that module exposes one probe type as a named interface
 * {@code bench} ({@code screening.internal.EngineProbe}, {@code network.internal.GraphProbe},
 * {@code tip.internal.ReceiptProbe}) rather than the bench living among its internals: the bench
 * stays a tool, with its generators and printing, and the module opens one narrow door instead of
 * a package. Commands that operate the service ({@code audit verify}, {@code tips rotate-key})
 * are not tools and stay in their modules.
 *
 * <p>Each command is a picocli {@code @Command} implementing {@link org.sabueso.shared.SubCommand};
 * the application finds it by its words and parses its options before it starts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tools")
package org.sabueso.tools;
