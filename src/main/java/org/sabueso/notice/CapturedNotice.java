package org.sabueso.notice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A public notice whose subject was arrested: what the portal's "recently captured" list shows. */
public record CapturedNotice(UUID id, String reference, UUID subjectId, String subjectName, String issuingCountry,
                             List<String> offences, Instant capturedAt) {
}
