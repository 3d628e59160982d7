package org.sabueso.notice;

/** Filters for notice lists; null means any. {@code page} counts from 0. */
public record NoticeQuery(String text, NoticeStatus status, String country, String issuingAgencyId,
                          int page, int size) {

    public static final int MAX_SIZE = 200;

    public NoticeQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        page = Math.max(0, page);
        size = size <= 0 ? 25 : Math.min(size, MAX_SIZE);
    }

    public static NoticeQuery firstPage() {
        return new NoticeQuery(null, null, null, null, 0, 25);
    }
}
