package org.sabueso.portal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.sabueso.notice.CapturedNotice;
import org.sabueso.notice.Offences;
import org.sabueso.shared.CountryCode;

/** A "recently captured" entry as the public reads it: who, sought by which country, for what, and when. */
record PublicCapture(String name, String issuingCountry, List<String> offences, LocalDate capturedOn) {

    static PublicCapture of(CapturedNotice c, Locale locale, ZoneId zone) {
        return new PublicCapture(c.subjectName(), CountryCode.of(c.issuingCountry()).displayName(locale),
                c.offences().stream().map(o -> Offences.label(o, locale)).toList(),
                LocalDate.ofInstant(c.capturedAt(), zone));
    }
}
