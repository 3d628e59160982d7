package org.sabueso.interchange.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Viewer;
import org.sabueso.interchange.ExportFilter;
import org.sabueso.interchange.ExportReport;
import org.sabueso.interchange.InterchangeEvents;
import org.sabueso.network.LinkView;
import org.sabueso.network.Network;
import org.sabueso.network.NodeType;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Notices;
import org.sabueso.person.PersonView;
import org.sabueso.person.Persons;
import org.sabueso.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * Writes what a viewer may see as FtM, one entity per line, as it is read: notices come through
 * {@link Notices#forEachVisible}, which applies the sharing policy, so nothing here decides
 * visibility. Open notices go first so that their subjects are written with the {@code wanted}
 * topic; only the ids of written and withheld persons are remembered, never the entities. A
 * person is written once per FtM id: when two agencies each recorded the same FtM entity, the
 * first one met stands for both, and each agency's notice follows as its own Sanction.
 */
@Component
class EntityExporter {

    private final Notices notices;
    private final Persons persons;
    private final Agencies agencies;
    private final ApplicationEventPublisher events;
    private final FtmJson json = new FtmJson(PersonMapping.READ);

    private final Network network;

    EntityExporter(Notices notices, Persons persons, Agencies agencies, Network network,
                   ApplicationEventPublisher events) {
        this.notices = notices;
        this.network = network;
        this.persons = persons;
        this.agencies = agencies;
        this.events = events;
    }

    static void onlyStaffOfAnAgencyMayExport(Viewer viewer) {
        if (viewer.isPublic() || viewer.agencyId() == null) {
            throw new DomainException.NotAllowed(InterchangeRefusal.EXPORT_NOT_ALLOWED);
        }
    }

    ExportReport run(Viewer viewer, ExportFilter filter, OutputStream out) {
        onlyStaffOfAnAgencyMayExport(viewer);
        Map<String, String> agencyNames = agencies.all().stream()
                .collect(Collectors.toMap(AgencyView::id, AgencyView::name));
        Set<String> written = new HashSet<>();
        Set<UUID> withheld = new HashSet<>();
        long[] counts = new long[2];
        boolean[] closedWanted = new boolean[1];
        try (JsonGenerator g = json.mapper().createGenerator(out)) {
            notices.forEachVisible(viewer, n -> {
                boolean admitted = filter.admits(n.status(), n.sharingScope(), n.issuingCountry());
                if (!admitted) {
                    withheld.add(n.subject().id());
                } else if (!n.status().open()) {
                    closedWanted[0] = true;
                } else {
                    write(g, n, agencyNames, written, counts);
                }
            });
            if (closedWanted[0]) {
                notices.forEachVisible(viewer, n -> {
                    if (!n.status().open() && filter.admits(n.status(), n.sharingScope(), n.issuingCountry())) {
                        write(g, n, agencyNames, written, counts);
                    }
                });
            }
            if (filter.assertedPersons()) {
                persons.forEachAssertedBy(viewer.agencyId(), p -> {
                    if (!withheld.contains(p.id()) && written.add(PersonMapping.ftmId(p))) {
                        FtmJson.write(g, PersonMapping.toFtm(p, false));
                        counts[0]++;
                    }
                });
            }
            writeNetwork(viewer, g, written, withheld);
        } finally {
            events.publishEvent(new InterchangeEvents.EntitiesExported(viewer.username(), viewer.agencyId(),
                    describe(filter), counts[0], counts[1]));
        }
        return new ExportReport(counts[0], counts[1]);
    }

    /**
     * Organizations and addresses (reference facts every member sees), then the links the viewer
     * may see ({@link Network#forEachVisibleLink} applies the sharing policy), a thousand at a time;
     * a person a link names who was not written above goes first with only their name, so the
     * file stands on its own without handing over another agency's record of them.
     */
    private void writeNetwork(Viewer viewer, JsonGenerator g, Set<String> written, Set<UUID> withheld) {
        Map<UUID, String> ids = new HashMap<>();
        network.forEachOrganisation(o -> {
            ids.put(o.id(), NetworkMapping.orgId(o));
            FtmJson.write(g, NetworkMapping.toFtm(o));
        });
        network.forEachPlace(p -> {
            ids.put(p.id(), NetworkMapping.placeId(p));
            FtmJson.write(g, NetworkMapping.toFtm(p));
        });
        List<LinkView> page = new ArrayList<>();
        network.forEachVisibleLink(viewer, l -> {
            // subjects of notices the filter left out stay out, through links too
            if (withheld.contains(l.from().id()) || withheld.contains(l.to().id())) {
                return;
            }
            page.add(l);
            if (page.size() == 1000) {
                writeLinks(g, page, ids, written);
                page.clear();
            }
        });
        writeLinks(g, page, ids, written);
    }

    private void writeLinks(JsonGenerator g, List<LinkView> links, Map<UUID, String> ids, Set<String> written) {
        Map<UUID, String> names = new HashMap<>();
        for (LinkView l : links) {
            if (l.from().type() == NodeType.PERSON) {
                names.put(l.from().id(), l.fromLabel());
            }
            if (l.to().type() == NodeType.PERSON) {
                names.put(l.to().id(), l.toLabel());
            }
        }
        Map<UUID, PersonView> people = persons.getAll(names.keySet());
        for (Map.Entry<UUID, String> n : names.entrySet()) {
            PersonView p = people.get(n.getKey());
            String ftmId = p == null ? PersonMapping.SABUESO_PERSON + n.getKey() : PersonMapping.ftmId(p);
            ids.put(n.getKey(), ftmId);
            if (written.add(ftmId)) {
                FtmJson.write(g, new FtmEntity.Builder(ftmId, FtmEntity.PERSON).add("name", n.getValue()).build());
            }
        }
        for (LinkView l : links) {
            FtmJson.write(g, NetworkMapping.toFtm(l, ref -> ids.getOrDefault(ref.id(), "sabueso-node-" + ref.id())));
        }
    }

    /** The subject first (once, wanted if the notice is open), then the notice as a Sanction. */
    private static void write(JsonGenerator g, NoticeDetail n, Map<String, String> agencyNames, Set<String> written,
                              long[] counts) {
        if (written.add(PersonMapping.ftmId(n.subject()))) {
            FtmJson.write(g, PersonMapping.toFtm(n.subject(), n.status().open()));
            counts[0]++;
        }
        FtmJson.write(g, PersonMapping.toFtm(n, agencyNames.getOrDefault(n.issuingAgencyId(), n.issuingAgencyId())));
        counts[1]++;
    }

    private static String describe(ExportFilter f) {
        return "ftm status=" + f.statuses().stream().map(Enum::name).sorted().collect(Collectors.joining(","))
                + " scope=" + f.scopes().stream().map(Enum::name).sorted().collect(Collectors.joining(","))
                + " country=" + (f.issuingCountry() == null ? "" : f.issuingCountry())
                + " persons=" + (f.assertedPersons() ? "asserted" : "subjects");
    }
}
