package org.sabueso.network;

import java.util.Set;

/**
 * Kinds of link. Each says which ends it joins; {@link #MEMBER_OF} carries a role
 * ({@link #MEMBER_ROLES}) and {@link #FAMILY} the relationship.
 */
public enum LinkType {
    /** Person → organisation, with a role. */
    MEMBER_OF,
    /** Person ↔ person, with the relationship (brother, wife, ...). */
    FAMILY,
    ASSOCIATE,
    CO_DEFENDANT,
    CELLMATE,
    CO_ESCAPEE,
    /** Person or organisation → place. */
    OPERATES_IN,
    /** Person or organisation → place or facility it runs its business from. */
    USES_AS_HUB,
    /** Person or organisation → company (organisation) or asset (place). */
    OWNS,
    /** A link of a kind not known (FtM UnknownLink). */
    UNKNOWN;

    public static final Set<String> MEMBER_ROLES = Set.of("LEADER", "LIEUTENANT", "MEMBER", "FINANCIER");

    /** Relationships of a {@link #FAMILY} link that have words in each language; others are free text. */
    public static final Set<String> FAMILY_ROLES = Set.of("SIBLING", "PARENT", "CHILD", "SPOUSE", "PARTNER", "COUSIN");

    /** Whether the link may join these two kinds of node, in this direction. */
    public boolean joins(NodeType from, NodeType to) {
        return switch (this) {
            case MEMBER_OF -> from == NodeType.PERSON && to == NodeType.ORGANIZATION;
            case FAMILY, ASSOCIATE, CO_DEFENDANT, CELLMATE, CO_ESCAPEE -> from == NodeType.PERSON && to == NodeType.PERSON;
            case OPERATES_IN -> (from == NodeType.PERSON || from == NodeType.ORGANIZATION) && to == NodeType.PLACE;
            case USES_AS_HUB -> (from == NodeType.PERSON || from == NodeType.ORGANIZATION)
                    && (to == NodeType.PLACE || to == NodeType.FACILITY);
            case OWNS -> (from == NodeType.PERSON || from == NodeType.ORGANIZATION) && to != NodeType.PERSON;
            case UNKNOWN -> true;
        };
    }
}
