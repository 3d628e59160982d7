package org.sabueso.interchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.interchange.ExportFilter;
import org.sabueso.interchange.ImportAborted;
import org.sabueso.interchange.ImportReport;
import org.sabueso.interchange.Interchange;
import org.sabueso.interchange.internal.InterchangeRefusal;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.ValueRefusal;
import org.sabueso.web.Refusals;
import org.sabueso.web.RequestValues;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/entities")
@Tag(name = "FollowTheMoney entities", description = "Import and export persons and wanted notices as FtM NDJSON")
class EntityApiController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final Interchange interchange;
    private final Refusals refusals;
    private final ImportScreenability screenability;

    EntityApiController(Interchange interchange, Refusals refusals, ImportScreenability screenability) {
        this.interchange = interchange;
        this.refusals = refusals;
        this.screenability = screenability;
    }

    /**
     * The answer of an import: the report, each rejected line with its code and its words in
     * English, and whether a screening finds its notices yet ({@link ImportScreenability}).
     */
    record ImportJson(UUID importId, long lines, long imported, long notices, long skipped, long rejectedCount,
                      List<Rejected> rejected, long organizations, long addresses, long links, boolean screenable,
                      long underReview, ImportScreenability.IndexJson index) {
    }

    /** A rejected line: {@code error} names the property at fault, then why; {@code code} for programs. */
    record Rejected(long line, String error, String code) {
    }

    private ImportJson json(Viewer viewer, ImportReport r) {
        ImportScreenability.Answer s = screenability.of(viewer, r);
        return new ImportJson(r.importId(), r.lines(), r.imported(), r.notices(), r.skipped(), r.rejectedCount(),
                rejected(r), r.organizations(), r.addresses(), r.links(), s.screenable(), s.underReview(), s.index());
    }

    private List<Rejected> rejected(ImportReport r) {
        return r.rejected().stream().map(x -> {
            String why = refusals.apiText(x.refusal(), Locale.ENGLISH);
            return new Rejected(x.line(), x.property() == null ? why : x.property() + ": " + why,
                    x.refusal().isSentence() ? null : x.refusal().code());
        }).toList();
    }

    @PostMapping
    @Operation(summary = "Import FtM entities (NDJSON, one entity per line)", description = """
            Each `Person` becomes a person of the caller's agency, its FtM `id` kept as external id; one whose \
            `topics` hold `wanted` also gets a notice of the caller's agency shared with `scope`, UNDER_REVIEW \
            in one import (`importId` in the answer): a supervisor of the agency other than the importer \
            reviews it with `POST /api/v1/imports/{importId}/review` (a PUBLIC import notice by notice). A \
            `Sanction` line right after a wanted person gives its notice offences (`reason`), `summary` and \
            reference (`authorityId`), as exports write them. Other schemata are skipped and counted.

            The body is read as a stream and written in batches of 2,000 persons, each batch in its own \
            transaction: a batch that fails is not half-written, and the batches before it stay (the answer \
            is then a 500 problem with `imported` so far and `failedBatchFromLine`). A bad line (not JSON, no \
            id, no name, an unknown country code, control or invisible formatting characters, longer than \
            64 kB) is rejected with its line number and does not stop the import. An id your agency already \
            imported is rejected as a duplicate: imports never update existing persons.

            Only analysts and supervisors of an agency may import. The answer lists the first 1,000 rejected \
            lines; `rejectedCount` counts them all.

            `screenable` says whether a screening finds the import's notices now: false while `underReview` \
            of them wait for their review (an import's notices are never screenable before it). The review's \
            answer comes once its activated notices are in the screening index. `index` is the screening \
            index's status as `GET /api/v1/screenings/index` gives it ({notices, pending, lastChange}).""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/x-ndjson",
            schema = @Schema(type = "string", description = "FtM entities, one JSON object per line")))
    @ApiResponse(responseCode = "200", description = "The import ran; see imported and rejected")
    ImportJson importEntities(Viewer viewer, HttpServletRequest request,
                                @Parameter(description = "PUBLIC, ALL_MEMBERS, NATIONAL or AGENCY")
                                @RequestParam(required = false) String scope) throws IOException,
            HttpMediaTypeNotSupportedException {
        String contentType = request.getContentType();
        if (contentType == null || !NDJSON.isCompatibleWith(mediaType(contentType))) {
            throw new HttpMediaTypeNotSupportedException(contentType == null ? null : mediaType(contentType),
                    List.of(NDJSON), org.springframework.http.HttpMethod.POST);
        }
        SharingScope sharing = RequestValues.choice("scope", SharingScope.class, scope);
        try (InputStream body = request.getInputStream()) {
            return json(viewer, interchange.importEntities(viewer, body, sharing));
        }
    }

    @ExceptionHandler(ImportAborted.class)
    ResponseEntity<ProblemDetail> aborted(ImportAborted e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
        p.setType(URI.create("about:blank"));
        p.setProperty("importId", e.report().importId());
        p.setProperty("imported", e.report().imported());
        p.setProperty("notices", e.report().notices());
        p.setProperty("failedBatchFromLine", e.firstLineOfFailedBatch());
        p.setProperty("rejectedCount", e.report().rejectedCount());
        p.setProperty("rejected", rejected(e.report()));
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    @GetMapping
    @Operation(summary = "Export visible notices and your agency's persons as FtM NDJSON", description = """
            Streams one FtM entity per line: each notice the caller may see and the filter admits as a \
            `Sanction` (authority, authorityId = notice reference, reason = offences, status, startDate) \
            right after its subject's `Person` (with topic `wanted` while the notice is open); then, with \
            `persons=asserted` (the default), the other persons the caller's agency recorded, except \
            subjects of notices the filter left out. No person is written twice. Importing the file into \
            another agency recreates the same persons and their open notices.""")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/x-ndjson"))
    void exportEntities(Viewer viewer, HttpServletResponse response,
                        @Parameter(description = "notice statuses, comma-separated; default ACTIVE,LOCATED")
                        @RequestParam(required = false) List<String> status,
                        @Parameter(description = "sharing scopes of the notices, comma-separated; default any")
                        @RequestParam(required = false) List<String> scope,
                        @Parameter(description = "issuing country of the notices (ISO code); default any")
                        @RequestParam(required = false) String country,
                        @Parameter(description = "asserted (default): also your agency's other persons; subjects: only notice subjects")
                        @RequestParam(defaultValue = "asserted") String persons) throws IOException {
        Set<NoticeStatus> statuses = enumValues(NoticeStatus.class, status, "status");
        Set<SharingScope> scopes = enumValues(SharingScope.class, scope, "scope");
        if (country != null && !country.isBlank() && !CountryCode.isValid(country)) {
            throw new DomainException.InvalidInput("country", ValueRefusal.COUNTRY_UNKNOWN, country);
        }
        boolean asserted = switch (persons.strip().toLowerCase(Locale.ROOT)) {
            case "asserted" -> true;
            case "subjects" -> false;
            default -> throw new DomainException.InvalidInput("persons", InterchangeRefusal.PERSONS_CHOICE);
        };
        ExportFilter filter = new ExportFilter(statuses, scopes,
                country == null || country.isBlank() ? null : CountryCode.of(country).value(), asserted);
        response.setContentType(NDJSON.toString());
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"sabueso-entities.ftm.json\"");
        interchange.exportEntities(viewer, filter, response.getOutputStream());
    }

    private static MediaType mediaType(String raw) {
        try {
            return MediaType.parseMediaType(raw);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static <E extends Enum<E>> Set<E> enumValues(Class<E> type, List<String> values, String field) {
        Set<E> out = EnumSet.noneOf(type);
        if (values != null) {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    out.add(RequestValues.choice(field, type, v));
                }
            }
        }
        return out;
    }
}
