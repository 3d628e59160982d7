package org.sabueso;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/**
 * Reviews FtM imports the way staff do, for tests that need the imported notices ACTIVE: the
 * import waits UNDER_REVIEW until a supervisor of the agency other than the importer reviews it.
 */
public final class Imports {

    public static final String NDJSON = "application/x-ndjson";

    private Imports() {
    }

    /** A supervisor of the importer's agency who is not the importer: {@code pe.supervisor2} for {@code pe.supervisor}. */
    public static String reviewerOf(String importer) {
        String agency = importer.substring(0, importer.indexOf('.'));
        return importer.equals(agency + ".supervisor") ? agency + ".supervisor2" : agency + ".supervisor";
    }

    /** The import id of an answer of {@code POST /api/v1/entities}. */
    public static String idOf(Http.Response importAnswer) {
        assertThat(importAnswer.status()).as(importAnswer.body()).isEqualTo(200);
        return importAnswer.json().get("importId").asString();
    }

    /** Approves the whole import as {@code reviewer}; returns how many notices became ACTIVE. */
    public static long approve(Http reviewer, Http.Response importAnswer) {
        Http.Response r = reviewer.postJson("/api/v1/imports/" + idOf(importAnswer) + "/review", Fixtures.approve());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("activated").asLong();
    }

    /**
     * Approves, one by one, the notices under review that {@code reviewer} finds with {@code query}:
     * a PUBLIC import is never approved in bulk.
     */
    public static int approveOneByOne(Http reviewer, String query) {
        JsonNode found = reviewer.get("/api/v1/notices?status=UNDER_REVIEW&size=100&q=" + query).json();
        int approved = 0;
        for (JsonNode n : found.get("items")) {
            Http.Response r = reviewer.postJson("/api/v1/notices/" + n.get("id").asString() + "/review", Fixtures.approve());
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            approved++;
        }
        return approved;
    }
}
