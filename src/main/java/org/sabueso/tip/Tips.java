package org.sabueso.tip;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.shared.Page;

/**
 * The tip line and its triage. Tipsters are anonymous: they hold a codename, nothing else.
 * Staff see a tip when their agency receives it (the notice's issuing agency, its partners and
 * the agencies offering a reward on it) and may still see its notice under the sharing policy.
 */
public interface Tips {

    /** Stores an anonymous tip, encrypted for its receiving agencies, and returns its receipt once committed. */
    Receipt submit(NewTip tip);

    /** What the tipster may see, when the codename is right. */
    Optional<TipsterView> followUp(String codename);

    /** The tipster answers or adds photos. */
    void reply(String codename, String text, List<Photo> photos);

    /** The tipster claims a reward offered on the tip's notice; only once the tip led to its capture. */
    void claim(String codename, UUID offerId);

    Page<TipSummary> inbox(Viewer viewer, TipStatus status, boolean mine, int page);

    /** Opens a tip (decrypting it) and records the read in the audit trail. */
    Optional<TipView> read(Viewer viewer, UUID id, String channel);

    /** A photo of a tip, decrypted, as stored (re-encoded, without metadata). */
    Optional<StoredPhoto> photo(Viewer viewer, UUID tipId, UUID photoId);

    record StoredPhoto(String contentType, byte[] bytes) {
    }

    void changeStatus(Viewer viewer, UUID id, TipStatus status);

    /** Assigns to a staff member of the viewer's agency, or to nobody with a blank username. */
    void assign(Viewer viewer, UUID id, String username);

    void addNote(Viewer viewer, UUID id, String text);

    /** A question or message the tipster will read with the codename. */
    void message(Viewer viewer, UUID id, String text);

    UUID recordSighting(Viewer viewer, UUID tipId, String place, Instant seenAt, Confidence confidence);

    /** The notice's sightings the viewer may see, most recent first ("last seen"); NotFound when the notice is not visible. */
    List<Sighting> sightings(Viewer viewer, UUID noticeId);

    /** Tips waiting for the viewer's agency: NEW ones. */
    long waiting(Viewer viewer);
}
