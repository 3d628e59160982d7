/**
 * Criminal organisations and link analysis: organisations with their designations, places and
 * facilities, typed links between them and persons (each with the sharing scope of notices),
 * a timeline of dated events, and graph queries (neighbourhood, shortest path, key players,
 * communities) over what the caller may see. The graph is held in memory, loaded from
 * PostgreSQL at start and kept current after each commit.
 *
 * <p>It may use {@code web} for the one conversion of request values (ids, choices) that every
 * module's controllers share ({@code web.RequestValues}); web knows nothing of the network.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations and link analysis",
        allowedDependencies = {"agency", "person", "notice", "reward", "custody", "shared", "web"})
package org.sabueso.network;
