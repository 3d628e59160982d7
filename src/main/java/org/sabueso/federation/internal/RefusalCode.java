package org.sabueso.federation.internal;

/** Why a received message was refused, as stable codes for the audit trail and the counters. */
public enum RefusalCode {
    /** The signature does not verify against the sender's key in the directory. */
    BAD_SIGNATURE("federation.bad-signature"),
    /** The sender is not in the directory. */
    UNKNOWN_SENDER("federation.unknown-sender"),
    /** The sender does not own the record it speaks for. */
    NOT_OWNER("federation.not-owner"),
    /** No agency of this node may see what arrived: the sender's policy and ours disagree. */
    NOT_VISIBLE_HERE("federation.not-visible-here"),
    /** Already applied (same message id), or older than the version held. */
    REPLAYED("federation.replayed"),
    /** The message was addressed to another node. */
    WRONG_ADDRESSEE("federation.wrong-addressee"),
    /** A sealed tip names a key of ours that does not exist or whose private half is erased. */
    TIP_KEY_UNKNOWN("federation.tip-key-unknown"),
    /** A sealed tip is incomplete, or does not open with the receiving agency's own key. */
    TIP_UNREADABLE("federation.tip-unreadable");

    private final String code;

    RefusalCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
