package org.sabueso.agency;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that decides visibility. {@link #mayView} answers for a record in memory;
 * {@link #sqlFilter} gives the same rule as a SQL condition so lists, searches and exports
 * filter in the database. A test checks that both agree.
 */
public final class SharingPolicy {

    private SharingPolicy() {
    }

    /**
     * What of a viewer the policy reads: whether they are the public, their agency and their
     * country; nothing else (not their name, not their roles). Two viewers with equal keys see
     * exactly the same records, so a cache of what a viewer may see (screening keeps one per index
     * segment) can be keyed by this. {@link #mayView} reads the viewer only through it, and
     * {@code SharingPolicyTest} checks that viewers equal in key and different in everything else
     * get the same answers.
     */
    public record VisibilityKey(boolean isPublic, String agencyId, String country) {
    }

    /** The viewer as the policy sees them. For the public the agency and country play no part, so they are left out. */
    public static VisibilityKey visibilityKey(Viewer viewer) {
        return viewer.isPublic() ? new VisibilityKey(true, null, null)
                : new VisibilityKey(false, viewer.agencyId(), viewer.country());
    }

    public static boolean mayView(Viewer viewer, Shared record) {
        return mayView(visibilityKey(viewer), record);
    }

    /** {@link #mayView(Viewer, Shared)} for every viewer with this key. */
    public static boolean mayView(VisibilityKey viewer, Shared record) {
        if (viewer.isPublic()) {
            return record.sharingScope() == SharingScope.PUBLIC && record.publiclyListed();
        }
        if (viewer.agencyId() != null && viewer.agencyId().equals(record.issuingAgencyId())) {
            return true;
        }
        if (!record.released()) {
            return false;
        }
        return switch (record.sharingScope()) {
            case AGENCY -> false;
            case NATIONAL -> viewer.country() != null && viewer.country().equals(record.issuingCountry());
            case PARTNERS -> viewer.agencyId() != null && record.partnerAgencyIds().contains(viewer.agencyId());
            case ALL_MEMBERS, PUBLIC -> true;
        };
    }

    /**
     * Exchanges between two agencies about a record (a screening hit and its answer, say) are seen
     * by those two agencies only.
     */
    public static boolean mayViewExchange(Viewer viewer, String agencyA, String agencyB) {
        return !viewer.isPublic() && viewer.agencyId() != null
                && (viewer.agencyId().equals(agencyA) || viewer.agencyId().equals(agencyB));
    }

    /**
     * The columns a table exposes to the policy. {@code releasedCondition} and
     * {@code publicCondition} are SQL boolean expressions over the same row; {@code partnerTable}
     * holds (record id, agency id) pairs.
     */
    public record Columns(String issuingAgency, String issuingCountry, String scope, String releasedCondition,
                          String publicCondition, String idColumn, String partnerTable, String partnerRecordColumn) {
    }

    /** A SQL condition with its positional parameters. */
    public record SqlFilter(String condition, List<Object> params) {
    }

    public static SqlFilter sqlFilter(Viewer viewer, Columns c) {
        List<Object> params = new ArrayList<>();
        if (viewer.isPublic()) {
            return new SqlFilter("(" + c.scope() + " = 'PUBLIC' AND " + c.publicCondition() + ")", params);
        }
        StringBuilder sql = new StringBuilder("(");
        if (viewer.agencyId() != null) {
            sql.append(c.issuingAgency()).append(" = ? OR ");
            params.add(viewer.agencyId());
        }
        sql.append("(").append(c.releasedCondition()).append(" AND (")
                .append(c.scope()).append(" IN ('ALL_MEMBERS','PUBLIC')");
        if (viewer.country() != null) {
            sql.append(" OR (").append(c.scope()).append(" = 'NATIONAL' AND ").append(c.issuingCountry()).append(" = ?)");
            params.add(viewer.country());
        }
        if (viewer.agencyId() != null) {
            sql.append(" OR (").append(c.scope()).append(" = 'PARTNERS' AND EXISTS (SELECT 1 FROM ")
                    .append(c.partnerTable()).append(" sp WHERE sp.").append(c.partnerRecordColumn()).append(" = ")
                    .append(c.idColumn()).append(" AND sp.agency_id = ?))");
            params.add(viewer.agencyId());
        }
        sql.append(")))");
        return new SqlFilter(sql.toString(), params);
    }
}
