package org.sabueso.custody.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.custody.CustodyTypes.EntryKind;
import org.sabueso.custody.CustodyTypes.FileStatus;
import org.sabueso.custody.CustodyViews.FileEntry;
import org.sabueso.custody.CustodyViews.PrisonerFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for prisoner files and their append-only history. */
@Repository
class PrisonerFileRepository {

    private final JdbcClient jdbc;

    PrisonerFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertFile(PrisonerFile f) {
        jdbc.sql("""
                INSERT INTO prisoner_file (id, file_number, facility_id, unit_id, person_id, person_name, admitted_on,
                  commitment_authority, commitment_reason, commitment_date, commitment_reference, injuries_at_admission,
                  complaints_at_admission, property, family_contact, emergency_contact, classification, status)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(f.id(), f.fileNumber(), f.facilityId(), f.unitId(), f.personId(), f.personName(), f.admittedOn(),
                        f.commitmentAuthority(), f.commitmentReason(), f.commitmentDate(), f.commitmentReference(),
                        f.injuriesAtAdmission(), f.complaintsAtAdmission(), f.property(), f.familyContact(),
                        f.emergencyContact(), f.classification(), f.status().name())
                .update();
    }

    boolean fileNumberTaken(UUID facilityId, String number) {
        return jdbc.sql("SELECT count(*) FROM prisoner_file WHERE facility_id = ? AND file_number = ?")
                .params(facilityId, number).query(Long.class).single() > 0;
    }

    private static final String FILE = """
            SELECT pf.id, pf.file_number, pf.facility_id, f.name, f.agency_id, f.country, pf.unit_id, u.name,
                   pf.person_id, pf.person_name, pf.admitted_on, pf.commitment_authority, pf.commitment_reason,
                   pf.commitment_date, pf.commitment_reference, pf.injuries_at_admission, pf.complaints_at_admission,
                   pf.property, pf.family_contact, pf.emergency_contact, pf.classification, pf.status
            FROM prisoner_file pf JOIN facility f ON f.id = pf.facility_id LEFT JOIN facility_unit u ON u.id = pf.unit_id""";

    Optional<PrisonerFile> findFile(UUID id) {
        return jdbc.sql(FILE + " WHERE pf.id = ?").param(id).query(PrisonerFileRepository::file).optional();
    }

    List<PrisonerFile> files(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(FILE + " WHERE pf.id = ANY (?) ORDER BY pf.person_name").param(ids.toArray(UUID[]::new))
                .query(PrisonerFileRepository::file).list();
    }

    List<PrisonerFile> filesInUnit(UUID unitId, boolean inCustodyOnly) {
        return jdbc.sql(FILE + " WHERE pf.unit_id = ?" + (inCustodyOnly ? " AND pf.status = 'IN_CUSTODY'" : "")
                        + " ORDER BY pf.person_name").param(unitId).query(PrisonerFileRepository::file).list();
    }

    private static PrisonerFile file(ResultSet rs, int i) throws SQLException {
        return new PrisonerFile(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                rs.getString(5), rs.getString(6).strip(), rs.getObject(7, UUID.class), rs.getString(8),
                rs.getObject(9, UUID.class), rs.getString(10), rs.getObject(11, LocalDate.class), rs.getString(12),
                rs.getString(13), rs.getObject(14, LocalDate.class), rs.getString(15), rs.getString(16), rs.getString(17),
                rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21), FileStatus.valueOf(rs.getString(22)));
    }

    void changeFileStatus(UUID id, FileStatus status) {
        jdbc.sql("UPDATE prisoner_file SET status = ? WHERE id = ?").params(status.name(), id).update();
    }

    void appendEntry(UUID fileId, EntryKind kind, LocalDate on, String detail, String actor, String actorAgency) {
        appendEntry(fileId, kind, on, null, List.of(), detail, actor, actorAgency);
    }

    /** A line the module writes itself: its code and arguments, and the same in English as {@code detail}. */
    void appendEntry(UUID fileId, EntryKind kind, LocalDate on, HistoryCode code, List<String> args, String detail,
                     String actor, String actorAgency) {
        jdbc.sql("""
                INSERT INTO prisoner_file_entry (file_id, kind, on_date, detail, actor, actor_agency, code, args)
                VALUES (?,?,?,?,?,?,?,?)""")
                .params(fileId, kind.name(), on, detail, actor, actorAgency, code == null ? null : code.code(),
                        code == null ? null : args.toArray(String[]::new))
                .update();
    }

    List<FileEntry> entries(UUID fileId) {
        return jdbc.sql("""
                SELECT id, file_id, kind, on_date, detail, actor, at, code, args FROM prisoner_file_entry
                WHERE file_id = ? ORDER BY id""")
                .param(fileId).query((rs, i) -> {
                    // a code this version no longer knows falls back to the stored English words
                    HistoryCode code = HistoryCode.ofCode(rs.getString(8));
                    return new FileEntry(rs.getLong(1), rs.getObject(2, UUID.class),
                            EntryKind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getString(5),
                            rs.getString(6), rs.getTimestamp(7).toInstant(), code == null ? null : code.code(),
                            code == null ? List.of() : List.copyOf(Sql.strings(rs.getArray(9))));
                }).list();
    }
}
