package org.sabueso.federation.internal;

/**
 * The kinds of message, as codes. A {@code *.state} message carries a record as the receiving node
 * may see it; a {@code *.removed} one withdraws the copy (the record was withdrawn, or its scope
 * narrowed so that the receiver may no longer see it). The others are events addressed to one node.
 */
public final class Kinds {

    private Kinds() {
    }

    public static final String NOTICE_STATE = "notice.state";
    public static final String NOTICE_REMOVED = "notice.removed";
    public static final String HIT_OPENED = "hit.opened";
    public static final String HIT_ANSWERED = "hit.answered";
    public static final String TIP_SEALED = "tip.sealed";
    /** A receiving agency's messages to the tipster and the tip's status, to the node whose tip line took the tip. */
    public static final String TIP_ANSWER = "tip.answer";
    /** The tipster's replies, from the node whose tip line took the tip to each receiving agency's node. */
    public static final String TIP_REPLY = "tip.reply";
    public static final String LINK_STATE = "link.state";
    public static final String NETWORK_LINK_STATE = "network-link.state";
    public static final String NETWORK_LINK_REMOVED = "network-link.removed";
    /** A post's audit entries and hits, delivered to its national node once the link is back. */
    public static final String POST_AUDIT = "post.audit";
    /**
     * An agency's public tip key, sent by the node that holds the agency to every national node so
     * a tip filed there can be sealed for it (federation.tips); removed when the agency leaves.
     */
    public static final String AGENCY_KEY_STATE = "agency-key.state";
    public static final String AGENCY_KEY_REMOVED = "agency-key.removed";
    /**
     * Many notices' states in one message: the bulk form of a snapshot, so a node joining a
     * federation of a million shared notices screens them within minutes (photos and reward offers
     * follow each as its own {@link #NOTICE_STATE}).
     */
    public static final String NOTICE_SNAPSHOT = "notice.snapshot";
    /** A node asks another for everything it may see (a new node joining). */
    public static final String SNAPSHOT_REQUEST = "snapshot.request";
}
