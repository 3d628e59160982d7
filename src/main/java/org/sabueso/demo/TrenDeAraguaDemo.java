package org.sabueso.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.network.Confidence;
import org.sabueso.network.EventKind;
import org.sabueso.network.LinkType;
import org.sabueso.network.Network;
import org.sabueso.network.NewDesignation;
import org.sabueso.network.NewEvent;
import org.sabueso.network.NewLink;
import org.sabueso.network.NewOrganisation;
import org.sabueso.network.NewPlace;
import org.sabueso.network.NodeRef;
import org.sabueso.network.NodeType;
import org.sabueso.network.OrganisationKind;
import org.sabueso.notice.NoticeQuery;
import org.sabueso.notice.NoticeSummary;
import org.sabueso.notice.Notices;
import org.sabueso.person.NewPerson;
import org.sabueso.person.Persons;
import org.sabueso.person.Sex;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.PartialDate;
import org.sabueso.shared.PersonName;
import org.springframework.stereotype.Component;

/**
 * Tren de Aragua as a network: the organisation, born in 2014 inside Tocorón, its publicly
 * reported leaders (the subjects of the demo's notices, reused), Tocorón as its hub, the countries
 * it operates in, its US designations and the 2023 raid; and, for realistic depth, fictitious
 * generated lieutenants, cells, relatives and cellmates (their links say so in their source).
 * One link and one event are Colombia's alone (scope AGENCY): the visibility tests look for them.
 */
@Component
class TrenDeAraguaDemo {

    static final String GENERATED = "Generado para la demostración (ficticio)";
    static final String RESTRICTED_ASSOCIATE = "Wilmer Enrique Salazar Rincón";

    private final Network network;
    private final Notices notices;
    private final Persons persons;
    private final Agencies agencies;

    TrenDeAraguaDemo(Network network, Notices notices, Persons persons, Agencies agencies) {
        this.network = network;
        this.notices = notices;
        this.persons = persons;
        this.agencies = agencies;
    }

    private record Cell(String country, String city, String agency) {
    }

    /**
     * Venezuela's picture of the organisation, recorded by its analyst. On Venezuela's own node
     * ({@code sabueso.demo.node=VE}) what other countries' agencies record (Peru's link, Colombia's
     * restricted associate) and what refers to their notices (Larry Changa's) is left out: those
     * reach Venezuela only as copies.
     */
    void load(java.util.function.Predicate<String> heldHere) {
        Viewer ve = agencies.viewerFor("ve.analyst").orElseThrow();
        Viewer co = heldHere.test("CO-DIJIN") ? agencies.viewerFor("co.analyst").orElseThrow() : null;
        Viewer pe = heldHere.test("PE-PNP") ? agencies.viewerFor("pe.analyst").orElseThrow() : null;
        SplittableRandom random = new SplittableRandom(2014);

        UUID tda = network.recordOrganisation(ve, new NewOrganisation("Tren de Aragua", List.of("TdA", "El Tren"),
                OrganisationKind.CRIMINAL_ORGANISATION, PartialDate.parse("2014"),
                Set.of(cc("VE"), cc("CO"), cc("PE"), cc("CL"), cc("EC"), cc("BR"), cc("BO"), cc("US")),
                List.of("Extorsión", "Tráfico de drogas", "Trata de personas", "Tráfico de migrantes", "Tráfico de armas",
                        "Minería ilegal", "Secuestro", "Sicariato", "Lavado de activos"),
                "Organización criminal transnacional formada en el Centro Penitenciario de Aragua (Tocorón), "
                        + "que usó el penal como sede y se extendió por América del Sur con la migración venezolana.",
                null));
        UUID tocoron = network.recordPlace(ve, new NewPlace("Centro Penitenciario de Aragua (Tocorón)", NodeType.FACILITY,
                cc("VE"), "Tocorón, estado Aragua", null, null));
        network.link(ve, link(LinkType.USES_AS_HUB, org(tda), place(tocoron, NodeType.FACILITY), null, "2014", "2023-09",
                "Informes públicos; retoma del penal el 20/09/2023", Confidence.CONFIRMED));

        List<Cell> cells = List.of(new Cell("VE", "Estado Aragua", "VE-CICPC"), new Cell("VE", "Las Claritas, Bolívar", "VE-CICPC"),
                new Cell("CO", "Cúcuta", "CO-DIJIN"), new Cell("PE", "Lima", "PE-PNP"), new Cell("CL", "Santiago", "CL-PDI"),
                new Cell("EC", "Guayaquil", "EC-PN"));
        List<UUID> cities = new ArrayList<>();
        for (Cell c : cells) {
            UUID city = network.recordPlace(ve, new NewPlace(c.city(), NodeType.PLACE, cc(c.country()), c.city(), null, null));
            cities.add(city);
            network.link(ve, link(LinkType.OPERATES_IN, org(tda), place(city, NodeType.PLACE), null, null, null,
                    "Informes públicos de presencia", Confidence.PROBABLE));
        }

        // the leaders: the subjects of the demo's notices
        UUID guerrero = subject(ve, "Guerrero Flores");
        UUID petrica = subject(ve, "Yohan José Romero");
        UUID mosquera = subject(ve, "Mosquera Serrano");
        UUID larry = co == null ? null : subject(ve, "Larry Amaury");
        network.link(ve, link(LinkType.MEMBER_OF, person(guerrero), org(tda), "LEADER", "2014", null,
                "Informes públicos", Confidence.CONFIRMED));
        if (larry != null) {
            network.link(ve, link(LinkType.MEMBER_OF, person(larry), org(tda), "LEADER", "2014", null,
                    "Señalado como cofundador en informes públicos", Confidence.PROBABLE));
        }
        network.link(ve, link(LinkType.MEMBER_OF, person(petrica), org(tda), "LIEUTENANT", null, null,
                "Informes públicos", Confidence.CONFIRMED));
        network.link(ve, link(LinkType.MEMBER_OF, person(mosquera), org(tda), "LIEUTENANT", null, null,
                "Informes públicos", Confidence.PROBABLE));
        network.link(ve, link(LinkType.CO_DEFENDANT, person(guerrero), person(petrica), null, null, null,
                "Causa del Tribunal de Control de Aragua (demo)", Confidence.PROBABLE));
        network.link(ve, link(LinkType.ASSOCIATE, person(guerrero), person(mosquera), null, null, null,
                "Informes públicos", Confidence.PROBABLE));
        if (larry != null) {
            network.link(ve, link(LinkType.ASSOCIATE, person(guerrero), person(larry), null, "2014", null,
                    "Informes públicos", Confidence.PROBABLE));
        }
        network.link(ve, link(LinkType.USES_AS_HUB, person(guerrero), place(tocoron, NodeType.FACILITY), null, "2014",
                "2023-09", "Informes públicos", Confidence.CONFIRMED));
        network.link(ve, link(LinkType.OPERATES_IN, person(petrica), place(cities.get(1), NodeType.PLACE), null, null, null,
                "Minería ilegal en el sur de Bolívar, según informes públicos", Confidence.PROBABLE));

        // generated depth: a lieutenant per cell, each with members, relatives and cellmates
        List<UUID> everyone = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            // on Venezuela's own node its analyst asserts the whole picture; one node for all keeps each cell's agency
            String asserting = heldHere.test(c.agency()) ? c.agency() : "VE-CICPC";
            UUID lieutenant = generated(random, c.country(), Sex.MALE, asserting);
            network.link(ve, link(LinkType.MEMBER_OF, person(lieutenant), org(tda), "LIEUTENANT", String.valueOf(2016 + i),
                    null, GENERATED, Confidence.PROBABLE));
            network.link(ve, link(LinkType.ASSOCIATE, person(guerrero), person(lieutenant), null, null, null, GENERATED,
                    Confidence.PROBABLE));
            network.link(ve, link(LinkType.OPERATES_IN, person(lieutenant), place(cities.get(i), NodeType.PLACE), null,
                    null, null, GENERATED, Confidence.PROBABLE));
            UUID previous = lieutenant;
            for (int m = 0; m < 5; m++) {
                UUID member = generated(random, c.country(), m == 4 ? Sex.FEMALE : Sex.MALE, asserting);
                everyone.add(member);
                network.link(ve, link(LinkType.MEMBER_OF, person(member), org(tda), m == 0 && i == 0 ? "FINANCIER" : "MEMBER",
                        String.valueOf(2017 + random.nextInt(6)), null, GENERATED, Confidence.POSSIBLE));
                network.link(ve, link(LinkType.ASSOCIATE, person(lieutenant), person(member), null, null, null, GENERATED,
                        Confidence.PROBABLE));
                if (m > 0 && random.nextBoolean()) {
                    network.link(ve, link(LinkType.FAMILY, person(previous), person(member), "SIBLING", null, null,
                            GENERATED, Confidence.POSSIBLE));
                }
                previous = member;
            }
            if (c.country().equals("VE")) {
                UUID cellmate = generated(random, "VE", Sex.MALE, "VE-CICPC");
                network.link(ve, link(LinkType.CELLMATE, person(lieutenant), person(cellmate), null, "2019", "2023-09",
                        GENERATED, Confidence.PROBABLE));
                network.link(ve, link(LinkType.CO_ESCAPEE, person(lieutenant), person(cellmate), null, "2023-09", "2023-09",
                        GENERATED, Confidence.POSSIBLE));
            }
        }
        // a company a financier owns
        UUID company = network.recordOrganisation(ve, new NewOrganisation("Inversiones Cacique 2014, C.A.", List.of(),
                OrganisationKind.COMPANY, PartialDate.parse("2019"), Set.of(cc("VE")), List.of("Lavado de activos"),
                GENERATED, null));
        network.link(ve, link(LinkType.OWNS, person(everyone.getFirst()), org(company), null, "2019", null, GENERATED,
                Confidence.POSSIBLE));
        // Peru's own picture of the Lima cell: shared with every member
        if (pe != null) {
            network.link(pe, link(LinkType.ASSOCIATE, person(everyone.get(15)), person(everyone.get(20)), null, "2022", null,
                    GENERATED, Confidence.PROBABLE));
        }
        if (co != null) {
            colombiasOwn(co, guerrero);
        }

        // the timeline
        event(ve, "2014", EventKind.FOUNDED, "Nace el Tren de Aragua en el penal de Tocorón",
                "Informes públicos", List.of(org(tda), place(tocoron, NodeType.FACILITY)));
        event(ve, "2014", EventKind.TOOK_CONTROL, "El Tren de Aragua toma el control del penal de Tocorón",
                "Informes públicos", List.of(org(tda), place(tocoron, NodeType.FACILITY), person(guerrero)));
        event(ve, "2023-09-20", EventKind.RAID,
                "Retoma del penal de Tocorón por la Fuerza Armada y la policía venezolanas",
                "Anuncio oficial del Gobierno de Venezuela, 20/09/2023",
                List.of(org(tda), place(tocoron, NodeType.FACILITY)));
        event(ve, "2023-09", EventKind.ESCAPE, "Guerrero Flores ya no está en el penal al momento de la retoma",
                "Informes públicos", List.of(person(guerrero), place(tocoron, NodeType.FACILITY)));
        network.designate(ve, tda, new NewDesignation("Departamento del Tesoro de EE. UU. (OFAC)",
                "Organización criminal transnacional (TCO)", LocalDate.of(2024, 7, 11),
                "Comunicado del Departamento del Tesoro, 11/07/2024"));
        event(ve, "2024-07-11", EventKind.DESIGNATION, "EE. UU. designa al Tren de Aragua organización criminal transnacional",
                "Departamento del Tesoro de EE. UU.", List.of(org(tda)));
        network.designate(ve, tda, new NewDesignation("Departamento de Estado de EE. UU.",
                "Organización terrorista extranjera (FTO) y terrorista global especialmente designado (SDGT)",
                LocalDate.of(2025, 2, 20), "Federal Register, 20/02/2025"));
        event(ve, "2025-02-20", EventKind.DESIGNATION, "EE. UU. designa al Tren de Aragua organización terrorista extranjera",
                "Departamento de Estado de EE. UU.", List.of(org(tda)));
    }

    /** Colombia's own: an associate no other agency may see, and a sighting of him. */
    private void colombiasOwn(Viewer co, UUID guerrero) {
        UUID restricted = persons.record(new NewPerson(RESTRICTED_ASSOCIATE, null, List.of(), PartialDate.parse("1988"),
                Set.of(cc("VE")), List.of(), Sex.MALE, null, null), "CO-DIJIN");
        network.link(co, new NewLink(LinkType.ASSOCIATE, person(guerrero), person(restricted), null,
                PartialDate.parse("2023-10"), null, "Fuente reservada de la DIJIN (demo)", Confidence.POSSIBLE,
                SharingScope.AGENCY, Set.of(), null));
        network.recordEvent(co, new NewEvent(PartialDate.parse("2023-11-02"), EventKind.SIGHTING,
                "Avistamiento reservado en Cúcuta", "Fuente reservada (demo)", null,
                List.of(person(restricted), person(guerrero)), SharingScope.AGENCY, Set.of()));
    }

    private void event(Viewer viewer, String day, EventKind kind, String title, String source, List<NodeRef> subjects) {
        network.recordEvent(viewer, new NewEvent(PartialDate.parse(day), kind, title, null, source, subjects,
                SharingScope.ALL_MEMBERS, Set.of()));
    }

    private UUID subject(Viewer viewer, String name) {
        List<NoticeSummary> found = notices.search(viewer, new NoticeQuery(name, null, null, null, 0, 5)).items();
        return found.stream().filter(n -> n.subjectName().contains(name.split(" ")[0])).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo's notice on " + name + " is missing"))
                .subjectId();
    }

    private UUID generated(SplittableRandom random, String country, Sex sex, String agency) {
        HispanicNames names = HispanicNames.of(cc(country));
        PersonName name = names.personName(random, sex);
        return persons.record(new NewPerson(name.fullName(), name, List.of(), PartialDate.parse(
                String.valueOf(1975 + random.nextInt(25))), Set.of(cc("VE")), List.of(), sex, null, null), agency);
    }

    private static NewLink link(LinkType type, NodeRef from, NodeRef to, String role, String started, String ended,
                                String source, Confidence confidence) {
        return new NewLink(type, from, to, role, started == null ? null : PartialDate.parse(started),
                ended == null ? null : PartialDate.parse(ended), source, confidence, SharingScope.ALL_MEMBERS, Set.of(),
                null);
    }

    private static NodeRef person(UUID id) {
        return NodeRef.person(id);
    }

    private static NodeRef org(UUID id) {
        return NodeRef.organisation(id);
    }

    private static NodeRef place(UUID id, NodeType kind) {
        return new NodeRef(kind, id);
    }

    private static CountryCode cc(String code) {
        return new CountryCode(code);
    }
}
