package org.sabueso.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoticeStatusTest {

    @Test
    void activation_goes_through_review() {
        assertThat(NoticeStatus.DRAFT.mayBecome(NoticeStatus.ACTIVE)).isFalse();
        assertThat(NoticeStatus.DRAFT.mayBecome(NoticeStatus.UNDER_REVIEW)).isTrue();
        assertThat(NoticeStatus.UNDER_REVIEW.mayBecome(NoticeStatus.ACTIVE)).isTrue();
        assertThat(NoticeStatus.UNDER_REVIEW.mayBecome(NoticeStatus.DRAFT)).isTrue();
    }

    @Test
    void arrest_cancellation_and_expiry_are_final() {
        for (NoticeStatus end : new NoticeStatus[]{NoticeStatus.ARRESTED, NoticeStatus.CANCELLED, NoticeStatus.EXPIRED}) {
            assertThat(end.next()).isEmpty();
            assertThat(end.released()).isTrue();
            assertThat(end.open()).isFalse();
        }
    }

    @Test
    void a_located_subject_may_be_lost_again() {
        assertThat(NoticeStatus.LOCATED.mayBecome(NoticeStatus.ACTIVE)).isTrue();
        assertThat(NoticeStatus.LOCATED.open()).isTrue();
    }

    @Test
    void only_reviewed_notices_are_released() {
        assertThat(NoticeStatus.DRAFT.released()).isFalse();
        assertThat(NoticeStatus.UNDER_REVIEW.released()).isFalse();
        assertThat(NoticeStatus.ACTIVE.released()).isTrue();
    }
}
