package org.sabueso.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.Role;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.network.Network;
import org.sabueso.notice.NoticeImports;
import org.sabueso.notice.Notices;
import org.sabueso.person.Persons;
import org.sabueso.screening.ScreeningIndexes;
import org.sabueso.web.Refusals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The interchange module on its own (STANDALONE): the notice, person, agency and network modules
 * are stand-ins at their APIs, the web module's wording too. An FtM import reads its NDJSON lines,
 * hands the persons to the person module and the wanted ones to an import of the notice module,
 * and leaves out a bad line with its number and a code, never a sentence to parse.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = {"sabueso.data-dir=target/test-data-interchange-module", "sabueso.db.fresh=true",
        "sabueso.demo.enabled=false"})
class InterchangeModuleTest {

    static final Viewer ANALYST = new Viewer("mod.analyst", "VE-FTM-TEST", "VE", Set.of(Role.ANALYST));

    @MockitoBean
    NoticeImports imports;
    @MockitoBean
    Notices notices;
    @MockitoBean
    Persons persons;
    @MockitoBean
    Agencies agencies;
    @MockitoBean
    Network network;
    @MockitoBean
    Refusals refusals;
    /** The import's answer says whether its notices are screenable yet: the screening module's API. */
    @MockitoBean
    ScreeningIndexes indexes;

    @Autowired
    Interchange interchange;

    @Test
    void persons_and_wanted_persons_go_to_their_modules_and_a_bad_line_is_left_out_with_a_code() {
        UUID importId = UUID.randomUUID();
        given(imports.open(ANALYST, SharingScope.ALL_MEMBERS)).willReturn(importId);
        given(persons.idsByExternalId(anyString(), any())).willReturn(Map.of());
        given(persons.recordAll(anyList(), anyString())).willAnswer(call -> ((List<?>) call.getArgument(0)).stream()
                .map(p -> UUID.randomUUID()).toList());
        String ndjson = """
                {"id":"ftm-1","schema":"Person","properties":{"name":["Wilmer José Pérez Salazar"]}}
                {"id":"ftm-2","schema":"Person","properties":{"name":["Yohan José Romero"],"topics":["wanted"]}}
                {"id":"ftm-3","schema":"Person","properties":{"name":["Nadie"],"nationality":["xx"]}}
                not json
                """;

        ImportReport report = interchange.importEntities(ANALYST,
                new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), SharingScope.ALL_MEMBERS);

        assertThat(report.importId()).isEqualTo(importId);
        assertThat(report.lines()).isEqualTo(4);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.notices()).isEqualTo(1);
        assertThat(report.rejected()).extracting(ImportReport.RejectedLine::line).containsExactly(3L, 4L);
        assertThat(report.rejected().getFirst().property()).isEqualTo("nationality");
        assertThat(report.rejected().getFirst().refusal().code()).isEqualTo("line.country-unknown");
        assertThat(report.rejected().getLast().refusal().code()).startsWith("line.not-json");
        verify(imports).add(eq(ANALYST), eq(importId), anyList());
        verify(persons).recordAll(anyList(), eq("VE-FTM-TEST"));
    }
}
