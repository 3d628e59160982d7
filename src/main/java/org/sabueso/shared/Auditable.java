package org.sabueso.shared;

/**
 * An event that belongs in the audit trail. Modules publish their domain events; those that
 * record a staff action implement this so the audit module can append them without any module
 * depending on it.
 */
public interface Auditable {

    /** Username of who acted, or "anonymous" / "system". */
    String actor();

    /** Agency of the actor, or null. */
    String actorAgency();

    /** A stable verb such as {@code notice.read} or {@code notice.transition}. */
    String action();

    /** Kind of record acted on, such as {@code notice}. */
    String targetType();

    String targetId();

    /** Short, non-sensitive detail; never tip content or secrets. */
    String detail();

    /**
     * True for a read (a notice opened, a list, a screening) that changes nothing: the trail may
     * group it with others into one write, still before the request answers. Changes are written
     * in their own transaction.
     */
    default boolean isRead() {
        return false;
    }
}
