package org.sabueso.notice.internal;

import java.util.UUID;

import org.sabueso.notice.NoticeRefusal;
import org.sabueso.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A copy of another node's notice changes only when its owner sends a newer state (issue 16):
 * every local change of a notice asks here first, after the viewer was found to see it, so an
 * officer who may not see it still gets "not found".
 */
@Component
class CopyGuard {

    private final JdbcClient jdbc;

    CopyGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void refuseChangesToCopies(UUID noticeId) {
        jdbc.sql("SELECT copy_of_node FROM notice WHERE id = ? AND copy_of_node IS NOT NULL").param(noticeId)
                .query(String.class).optional().ifPresent(node -> {
                    throw new DomainException.Conflict(NoticeRefusal.COPY_READ_ONLY, node);
                });
    }
}
