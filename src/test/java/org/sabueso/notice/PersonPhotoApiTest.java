package org.sabueso.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.tip.TestImages;
import tools.jackson.databind.JsonNode;

/**
 * Photos of a person over the API: upload (cleaned), list, fetch, each refusal with its code, and
 * photos following the sharing scope of the notice about the person, across agencies and for the
 * public portal.
 */
class PersonPhotoApiTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private PhotoClient photos(String user) {
        return new PhotoClient(port, user, PASSWORD);
    }

    /** A notice of VE-CICPC in the given scope, active when {@code activate}; returns its subject's id. */
    private String[] notice(String name, String scope, boolean activate) {
        Http ve = http("ve.analyst");
        Http.Response drafted = ve.postJson("/api/v1/notices", Fixtures.draft(name, scope, List.of()));
        assertThat(drafted.status()).isEqualTo(201);
        String id = drafted.json().get("id").asString();
        if (activate) {
            assertThat(ve.postJson("/api/v1/notices/" + id + "/submit", Map.of("reason", "ready")).status()).isEqualTo(200);
            assertThat(http("ve.supervisor").postJson("/api/v1/notices/" + id + "/review", Fixtures.approve()).status())
                    .isEqualTo(200);
        }
        String subject = ve.get("/api/v1/notices/" + id).json().get("subject").get("id").asString();
        return new String[]{id, subject};
    }

    @Test
    void an_analyst_attaches_a_photo_that_is_listed_fetched_and_cleaned_of_its_metadata() throws Exception {
        String person = notice("Rosa Elvira Fotografiada Marín", "ALL_MEMBERS", true)[1];
        byte[] original = TestImages.jpegWithExif();
        assertThat(TestImages.contains(original, TestImages.EXIF_MARKER)).isTrue();

        PhotoClient.Answer created = photos("ve.analyst").upload("/api/v1/persons/" + person + "/photos", "file",
                "rosa.jpg", "image/jpeg", original);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String photo = created.json().get("id").asString();
        assertThat(photo).isNotBlank();

        JsonNode list = photos("ve.analyst").get("/api/v1/persons/" + person + "/photos").json();
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("id").asString()).isEqualTo(photo);
        assertThat(list.get(0).get("main").asBoolean()).isTrue();
        assertThat(list.get(0).get("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(list.get(0).get("width").asInt()).isEqualTo(320);
        assertThat(list.get(0).get("attachedByAgency").asString()).isEqualTo("VE-CICPC");
        // the upload is in the audit trail: who, for which person, which photo
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'person.photo' AND actor = 've.analyst' "
                + "AND actor_agency = 'VE-CICPC' AND target_type = 'person' AND target_id = ? AND detail = ?")
                .params(person, "photo " + photo).query(Long.class).single()).isEqualTo(1L);

        // another agency that may see the ALL_MEMBERS notice may see its subject's photo
        PhotoClient.Answer fetched = photos("pe.analyst").get(list.get(0).get("href").asString());
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.contentType()).isEqualTo("image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(fetched.body())).getWidth()).isEqualTo(320);
        assertThat(TestImages.contains(fetched.body(), TestImages.EXIF_MARKER)).isFalse();
        assertThat(TestImages.contains(fetched.body(), "Exif")).isFalse();
        assertThat(fetched.body()).isNotEqualTo(original);

        // a PNG is kept as a JPEG too, and the newest photo becomes the main one
        byte[] png = TestImages.encode(TestImages.picture(60, 80), "png");
        String second = photos("ve.supervisor").upload("/api/v1/persons/" + person + "/photos", "file", "b.png",
                "image/png", png).json().get("id").asString();
        JsonNode both = photos("ve.analyst").get("/api/v1/persons/" + person + "/photos").json();
        assertThat(both.size()).isEqualTo(2);
        assertThat(both.get(0).get("id").asString()).isEqualTo(second);
        assertThat(both.get(0).get("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(both.get(1).get("main").asBoolean()).isFalse();
    }

    @Test
    void bad_files_are_refused_with_their_code_and_nothing_is_stored() {
        String person = notice("Ovidio Rechazado Pineda", "AGENCY", false)[1];
        String path = "/api/v1/persons/" + person + "/photos";
        PhotoClient ve = photos("ve.analyst");
        byte[] html = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        byte[] gif = TestImages.encode(TestImages.picture(10, 10), "gif");
        byte[] jpeg = TestImages.jpegWithExif();
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 3);
        byte[] huge = Arrays.copyOf(jpeg, 5 * 1024 * 1024 + 1);

        assertRefused(ve.upload(path, "file", "x.jpg", "image/jpeg", html), "photo.type");
        assertRefused(ve.upload(path, "file", "x.gif", "image/gif", gif), "photo.type");
        assertRefused(ve.upload(path, "file", "x.png", "text/html", TestImages.encode(TestImages.picture(10, 10), "png")), "photo.type");
        assertRefused(ve.upload(path, "file", "x.jpg", "image/jpeg", TestImages.brokenJpeg()), "photo.unreadable");
        assertRefused(ve.upload(path, "file", "x.png", "image/png", TestImages.truncatedPng()), "photo.unreadable");
        assertRefused(ve.upload(path, "file", "cut.jpg", "image/jpeg", truncated), "photo.unreadable");
        // a small file whose header claims 6,300 × 6,300 pixels: refused from its header, nothing decoded
        assertRefused(ve.upload(path, "file", "bomb.png", "image/png", TestImages.hugePng(6300, 6300)), "photo.too-many-pixels");
        assertRefused(ve.upload(path, "file", "bomb.jpg", "image/jpeg", TestImages.jpegClaiming(60000, 60000)), "photo.too-many-pixels");
        assertRefused(ve.upload(path, "file", "huge.jpg", "image/jpeg", huge), "photo.too-large");
        assertRefused(ve.upload(path, "file", "empty.jpg", "image/jpeg", new byte[0]), "photo.empty");
        assertRefused(ve.upload(path, "file", null, null, null), "photo.empty");

        assertThat(ve.get(path).json().size()).isZero();
    }

    private static void assertRefused(PhotoClient.Answer a, String code) {
        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        JsonNode json = a.json();
        assertThat(json.get("code").asString()).isEqualTo(code);
        assertThat(json.get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(json.get("errors").get(0).get("code").asString()).isEqualTo(code);
        assertThat(a.text()).doesNotContain("Exception");
    }

    @Test
    void a_restricted_notices_photo_is_reachable_by_neither_another_agency_nor_the_portal() {
        String[] n = notice("Mireya Reservada Quintero", "AGENCY", true);
        String person = n[1];
        PhotoClient.Answer created = photos("ve.analyst").upload("/api/v1/persons/" + person + "/photos", "file", "m.jpg",
                "image/jpeg", TestImages.jpegWithExif());
        assertThat(created.status()).isEqualTo(201);
        String href = "/api/v1/persons/" + person + "/photos/" + created.json().get("id").asString();
        assertThat(photos("ve.supervisor").get(href).status()).isEqualTo(200);

        // another agency: 404 for the list, the bytes and an upload, as for a person that does not exist
        for (String other : List.of("pe.analyst", "co.supervisor")) {
            assertThat(photos(other).get("/api/v1/persons/" + person + "/photos").status()).isEqualTo(404);
            assertThat(photos(other).get(href).status()).isEqualTo(404);
            assertThat(photos(other).upload("/api/v1/persons/" + person + "/photos", "file", "x.jpg", "image/jpeg",
                    TestImages.jpegWithExif()).status()).isEqualTo(404);
        }
        // no credentials: 401; the portal's photo of the notice: 404
        assertThat(new PhotoClient(port, null, null).get(href).status()).isEqualTo(401);
        assertThat(new PhotoClient(port, null, null).get("/notices/" + n[0] + "/photo.jpg").status()).isEqualTo(404);
        assertThat(anonymous().get("/notices/" + n[0]).status()).isEqualTo(404);
        // the console's address of the same bytes, for a signed-in officer of another agency
        assertThat(org.sabueso.web.ConsoleSession.signIn(port, "pe.analyst", PASSWORD).get(href.replace("/api/v1", "/console")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_public_open_notices_photo_is_on_the_portal_and_leaves_it_when_the_notice_closes() {
        String[] n = notice("Teodoro Público Arrieta", "PUBLIC", true);
        assertThat(photos("ve.analyst").upload("/api/v1/persons/" + n[1] + "/photos", "file", "t.jpg", "image/jpeg",
                TestImages.jpegWithExif()).status()).isEqualTo(201);
        PhotoClient.Answer onPortal = new PhotoClient(port, null, null).get("/notices/" + n[0] + "/photo.jpg");
        assertThat(onPortal.status()).isEqualTo(200);
        assertThat(onPortal.contentType()).isEqualTo("image/jpeg");
        assertThat(anonymous().get("/notices/" + n[0]).body()).contains("/notices/" + n[0] + "/photo.jpg")
                .contains("Foto de Teodoro Público Arrieta");
        assertThat(anonymous().get("/notices/" + n[0] + "?lang=en").body()).contains("Photo of Teodoro Público Arrieta");

        assertThat(http("ve.supervisor").postJson("/api/v1/notices/" + n[0] + "/transitions",
                Map.of("status", "CANCELLED", "reason", "test")).status()).isEqualTo(200);
        assertThat(new PhotoClient(port, null, null).get("/notices/" + n[0] + "/photo.jpg").status()).isEqualTo(404);
    }

    @Test
    void staff_of_another_agency_who_see_the_notice_may_not_change_its_photos() {
        String person = notice("Anselmo Compartido Vidal", "ALL_MEMBERS", true)[1];
        PhotoClient.Answer refused = photos("pe.analyst").upload("/api/v1/persons/" + person + "/photos", "file", "x.jpg",
                "image/jpeg", TestImages.jpegWithExif());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("person.photo.not-allowed");
        // a border officer of the issuing agency reads photos but does not attach them
        assertThat(photos("ve.border").upload("/api/v1/persons/" + person + "/photos", "file", "x.jpg",
                "image/jpeg", TestImages.jpegWithExif()).status()).isEqualTo(403);
        assertThat(photos("pe.analyst").get("/api/v1/persons/" + person + "/photos").json().size()).isZero();
    }

    @Test
    void bad_ids_are_404_and_an_unknown_photo_is_404() {
        String person = notice("Casimiro Sinfoto León", "AGENCY", false)[1];
        assertThat(photos("ve.analyst").get("/api/v1/persons/not-a-uuid/photos").status()).isEqualTo(404);
        assertThat(photos("ve.analyst").get("/api/v1/persons/" + person + "/photos/" + java.util.UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(photos("ve.analyst").get("/api/v1/persons/" + java.util.UUID.randomUUID() + "/photos").status())
                .isEqualTo(404);
    }

    @Test
    void the_notice_drafted_for_an_escapee_shows_the_photo_of_the_prisoner_file() {
        // the demo's Tocorón escape drafted a notice from each escapee's prisoner file: its subject is
        // the file's person, so the photo the prison file's person has is the notice's photo
        JsonNode item = http("ve.supervisor").get("/api/v1/notices?q=Yorman%20Enrique%20Caldera").json().get("items").get(0);
        String notice = item.get("id").asString();
        String person = item.get("subject").get("id").asString();
        JsonNode list = photos("ve.supervisor").get("/api/v1/persons/" + person + "/photos").json();
        assertThat(list.size()).isGreaterThanOrEqualTo(1);
        String page = org.sabueso.web.ConsoleSession.signIn(port, "ve.supervisor", PASSWORD).get("/console/notices/" + notice).body();
        assertThat(page).contains("/console/persons/" + person + "/photos/" + list.get(0).get("id").asString())
                .contains("Foto de Yorman Enrique Caldera Mújica");
    }
}
