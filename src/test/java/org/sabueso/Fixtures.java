package org.sabueso;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Request bodies tests use again and again. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A complete, valid notice draft for the API. */
    public static Map<String, Object> draft(String name, String scope, List<String> partners) {
        return Map.of(
                "subject", Map.of("name", name, "birthDate", "1988-02", "nationalities", List.of("VE"),
                        "aliases", List.of(Map.of("name", "El Flaco", "nickname", true)),
                        "documents", List.of(Map.of("type", "national_id", "number", "V-21.333.444", "country", "VE"))),
                "offences", List.of("Extorsión", "Asociación para delinquir"),
                "summary", "Test notice",
                "warrantReference", "TC-ARAGUA-TEST-1",
                "legalBasis", "COPP art. 236",
                "requestedAction", "LOCATE",
                "sharingScope", scope,
                "partnerAgencyIds", partners,
                "reviewBy", LocalDate.now().plusYears(1).toString());
    }

    /** A review that passes every Article 3 check and approves. */
    public static Map<String, Object> approve() {
        return Map.of("approve", true, "comment", "ok", "checks", Map.of("noPoliticalCharacter", true,
                "noMilitaryCharacter", true, "noReligiousCharacter", true, "noRacialCharacter", true));
    }

}
