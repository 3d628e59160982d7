package org.sabueso.notice;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sabueso.person.PersonView;

/**
 * Copies of other nodes' notices many at a time (issue 16: a node joining a federation receives
 * its snapshot in chunks). Only notices not held here at all are stored this way; a notice held
 * already goes through {@link NoticeCopies#upsert}, which knows how to replace one.
 */
public interface NoticeCopyBatches {

    /** How each of the notices is held here; a notice not held is absent. */
    Map<UUID, NoticeCopies.Held> states(Collection<UUID> ids);

    /**
     * Stores the copies, none of which may be held here yet, with their partners, a history row
     * each ({@link NoticeReason#COPIED_FROM}) and one {@link NoticeEvents.CopiesReceived} for all.
     * Each subject's person copy must be stored first and is given in {@code subjects} (by id) for
     * the notice's search terms.
     */
    void insertAll(List<NoticeCopy> copies, Map<UUID, PersonView> subjects);
}
