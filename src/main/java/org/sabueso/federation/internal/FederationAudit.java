package org.sabueso.federation.internal;

import org.sabueso.shared.Auditable;

/**
 * What this node audits about the messages it sends and receives: the record key as target and a
 * short detail (kind, node, code), never the payload.
 */
record FederationAudit(String action, String targetId, String detail) implements Auditable {

    static final String SEND = "federation.send";
    static final String RECEIVE = "federation.receive";
    static final String REFUSED = "federation.refused";
    static final String DEAD_LETTER = "federation.dead-letter";
    /** Longest record key kept in the trail: a hostile sender chooses it. */
    private static final int MAX_TARGET = 200;

    FederationAudit {
        targetId = clip(targetId);
        detail = clip(detail);
    }

    static FederationAudit sent(Envelope e) {
        return new FederationAudit(SEND, e.recordKey(), "kind=" + e.kind() + " to=" + e.to() + " id=" + e.id());
    }

    static FederationAudit received(Envelope e) {
        return new FederationAudit(RECEIVE, e.recordKey(), "kind=" + e.kind() + " from=" + e.from() + " id=" + e.id());
    }

    static FederationAudit refused(Envelope e, RefusalCode code) {
        return new FederationAudit(REFUSED, e.recordKey(), "kind=" + e.kind() + " from=" + e.from() + " code=" + code.code()
                + " id=" + e.id());
    }

    static FederationAudit deadLetter(String key, String reason, String topic, long offset) {
        return new FederationAudit(DEAD_LETTER, key == null ? "-" : key, "reason=" + reason + " at=" + topic + "@" + offset);
    }

    @Override
    public String actor() {
        return "system";
    }

    @Override
    public String actorAgency() {
        return null;
    }

    @Override
    public String targetType() {
        return "federation-message";
    }

    private static String clip(String s) {
        if (s == null) {
            return null;
        }
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= MAX_TARGET ? printable : printable.substring(0, MAX_TARGET);
    }
}
