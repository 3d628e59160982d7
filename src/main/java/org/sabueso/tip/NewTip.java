package org.sabueso.tip;

import java.util.List;
import java.util.UUID;

/**
 * What a tipster sends: about a notice ({@code noticeId}) or, from the general form, to an
 * agency ({@code agencyId}); what was seen, where, when, in their own words, and photos.
 */
public record NewTip(UUID noticeId, String agencyId, String what, String where, String when, String text,
                     List<Photo> photos) {

    public NewTip {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}
