/**
 * Links across nodes (issue 16, item 2): cross-agency link proposals and their decisions go to
 * the other notice's node ({@code link.state}, an event for one node); network links whose scope
 * reaches another country are copied to its node as records ({@code network-link.state}, removed
 * by {@code network-link.removed} when the scope no longer reaches it or the link is removed). The
 * sharing policy decides on both sides: when sending, for the destination's agencies; on receipt,
 * for this node's own.
 */
package org.sabueso.federation.links;
