package org.sabueso.shared;

/**
 * Why a photo is refused, wherever it comes from (a tipster's photo, a person's photo a staff
 * member attaches): the codes of {@link PhotoCleaner}. Messages under {@code problem.<code>} in
 * i18n/tip*.properties, where the tip line first needed them; the bundles are read as one.
 */
public enum PhotoRefusal implements Refusal.Code {
    PHOTO_EMPTY("photo.empty"),
    /** The file is larger than {@link PhotoCleaner#MAX_BYTES}. */
    PHOTO_TOO_LARGE("photo.too-large"),
    /** {0}: the most pixels; {1} × {2}: that as a square; {3} × {4}: the photo's own. */
    PHOTO_TOO_MANY_PIXELS("photo.too-many-pixels"),
    /** Neither JPEG nor PNG by its first bytes, or declared as something else. */
    PHOTO_TYPE("photo.type"),
    PHOTO_UNREADABLE("photo.unreadable"),
    PHOTO_TOO_SLOW("photo.too-slow");

    private final String code;

    PhotoRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
