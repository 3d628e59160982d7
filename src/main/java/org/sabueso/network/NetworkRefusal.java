package org.sabueso.network;

import org.sabueso.shared.Refusal;

/**
 * Why the network module refuses something. Each code's message is {@code problem.<code>} in
 * i18n/network.properties (Spanish) and network_en.properties (English); the English text is the
 * sentence the API answered before codes, so API clients read the same detail. Public because the
 * module's web package and the import (interchange) reach it.
 */
public enum NetworkRefusal implements Refusal.Code {
    STAFF_ONLY("network.staff-only"),
    GRAPH_STAFF_ONLY("network.graph.staff-only"),
    RECORD_NOT_ALLOWED("network.record-not-allowed"),
    PAGE_NEGATIVE("network.page.negative"),
    SIZE_RANGE("network.size.range"),
    LIMIT_RANGE("network.limit.range"),
    REQUIRED("network.field.required"),
    TOO_LONG("network.field.too-long"),
    HIDDEN_CHARACTERS("network.field.hidden-characters"),
    ORGANISATION_KIND("network.organisation.kind-required"),
    PLACE_KIND("network.place.kind"),
    NO_ORGANISATION("network.organisation.not-found"),
    DESIGNATION_DATE("network.designation.date-required"),
    LINK_TYPE_REQUIRED("network.link.type-required"),
    LINK_FROM_REQUIRED("network.link.from-required"),
    LINK_TO_REQUIRED("network.link.to-required"),
    LINK_SCOPE_REQUIRED("network.link.scope-required"),
    LINK_SAME_NODE("network.link.same-node"),
    NO_SUCH_NODE("network.node.not-found"),
    LINK_CANNOT_JOIN("network.link.cannot-join"),
    MEMBER_ROLE("network.link.member-role"),
    LINK_ENDS_BEFORE_START("network.link.ends-before-start"),
    PARTNERS_REQUIRED("network.partners.required"),
    UNKNOWN_AGENCY("network.partners.unknown"),
    LINK_NEVER_PUBLIC("network.link.never-public"),
    NO_LINK("network.link.not-found"),
    REMOVE_NOT_ALLOWED("network.link.remove-not-allowed"),
    EVENT_DATE_REQUIRED("network.event.date-required"),
    EVENT_KIND_REQUIRED("network.event.kind-required"),
    EVENT_SUBJECTS_REQUIRED("network.event.subjects-required"),
    EVENT_SCOPE("network.event.scope"),
    ALREADY_IMPORTED("network.import.already-imported"),
    IMPORT_NO_SUCH_END("network.import.no-such-end"),
    CHART_NODES_REQUIRED("network.chart.nodes-required"),
    CHART_TOO_MANY_NODES("network.chart.too-many-nodes"),
    CHART_NONE_VISIBLE("network.chart.none-visible"),
    NO_CHART("network.chart.not-found"),
    NODES_REQUIRED("network.nodes.required"),
    TOO_MANY_NODES("network.nodes.too-many"),
    DEPTH_RANGE("network.graph.depth"),
    NOT_IN_GRAPH("network.graph.not-in-graph"),
    PATH_ENDS_REQUIRED("network.path.ends-required"),
    SINCE_AFTER_UNTIL("network.filter.since-after-until"),
    DATE_FORMAT("network.date.format"),
    PARTIAL_DATE_FORMAT("network.partial-date.format"),
    END_INCOMPLETE("network.end.incomplete"),
    COUNTRY_UNKNOWN("network.country.unknown");

    private final String code;

    NetworkRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
