package org.sabueso.network;

/** A node not on the chart, linked to {@code sharedLinks} of the chart's nodes. */
public record Suggestion(GraphView.Node node, int sharedLinks) {
}
