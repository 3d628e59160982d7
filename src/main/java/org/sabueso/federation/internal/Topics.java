package org.sabueso.federation.internal;

/**
 * Topic names, one place. Each node reads only its own inbox; a deployment grants each node's
 * principal READ on its inbox and its dead-letter topic and WRITE on the other nodes' inboxes
 * (docs/adr/0010).
 */
public final class Topics {

    private Topics() {
    }

    public static String inbox(String nodeId) {
        return "sabueso.node." + nodeId;
    }

    public static String deadLetters(String nodeId) {
        return "sabueso.dlq." + nodeId;
    }
}
