package org.sabueso.tip.internal;

import org.sabueso.shared.PhotoCleaner;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sabueso.tip.TipEntry;
import org.springframework.stereotype.Component;

/**
 * What was said on a tip, both ways: entries and photos sealed on their way to the repository
 * and opened on their way back. Intake (the tipster) and triage (staff) both write and read
 * through here, each with the content key it holds.
 */
@Component
class TipContent {

    private final TipRepository repository;
    private final TipVault vault;

    TipContent(TipRepository repository, TipVault vault) {
        this.repository = repository;
        this.vault = vault;
    }

    void addEntry(UUID tipId, byte[] contentKey, TipEntry.Kind kind, String author, String agencyId, Instant at,
                  TipVault.Report report, List<PhotoCleaner.Clean> photos) {
        UUID entryId = UUID.randomUUID();
        repository.insertEntry(entryId, tipId, kind, author, agencyId, at, vault.seal(contentKey, tipId, entryId, report));
        addPhotos(tipId, entryId, contentKey, photos);
    }

    void addPhotos(UUID tipId, UUID entryId, byte[] contentKey, List<PhotoCleaner.Clean> photos) {
        for (PhotoCleaner.Clean p : photos) {
            UUID photoId = UUID.randomUUID();
            repository.insertPhoto(photoId, tipId, entryId, p.contentType(), vault.sealPhoto(contentKey, tipId, photoId, p.bytes()));
        }
    }

    /** Every entry of the tip, opened, in the order written. */
    List<TipEntry> entries(UUID tipId, byte[] contentKey) {
        return repository.entries(tipId).stream().map(e -> {
            TipVault.Report r = vault.open(contentKey, tipId, e.id(), e.sealed());
            return new TipEntry(e.id(), e.kind(), e.author(), e.agencyId(), e.createdAt(), r.what(), r.where(), r.when(),
                    r.text(), e.photos());
        }).toList();
    }
}
