package org.sabueso.notice;

import java.util.Set;
import java.util.UUID;

/**
 * Filters for notice lists; null means any. {@code page} counts from 0. {@code offence} is a code
 * of {@link Offences}; {@code among}, when given, keeps only those notices (the portal's "with
 * reward": the ids come from the rewards module, which owns the offers).
 */
public record NoticeQuery(String text, NoticeStatus status, String country, String issuingAgencyId,
                          String offence, Set<UUID> among, int page, int size) {

    public static final int MAX_SIZE = 200;

    public NoticeQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        offence = offence == null || offence.isBlank() ? null : offence.strip();
        among = among == null ? null : Set.copyOf(among);
        page = Math.max(0, page);
        size = size <= 0 ? 25 : Math.min(size, MAX_SIZE);
    }

    public NoticeQuery(String text, NoticeStatus status, String country, String issuingAgencyId, int page, int size) {
        this(text, status, country, issuingAgencyId, null, null, page, size);
    }

    public static NoticeQuery firstPage() {
        return new NoticeQuery(null, null, null, null, 0, 25);
    }
}
