package org.sabueso.demo;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyKind;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Role;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.ComplianceChecks;
import org.sabueso.notice.NoticeDraft;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Notices;
import org.sabueso.notice.RequestedAction;
import org.sabueso.person.Alias;
import org.sabueso.person.IdentityDocument;
import org.sabueso.person.NewPerson;
import org.sabueso.person.PhysicalDescription;
import org.sabueso.person.Sex;
import org.sabueso.reward.NewRewardOffer;
import org.sabueso.reward.Rewards;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.Money;
import org.sabueso.shared.PartialDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo on the first start of an empty database. Documents numbers in the demo are
 * fictitious; names and events of the Tocorón case are as publicly reported in 2023.
 */
@Component
@ConditionalOnProperty(name = "sabueso.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoData implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String VE = "VE-CICPC";
    private static final String CO = "CO-DIJIN";
    private static final String LEGAL = "Orden de aprehensión del Tribunal de Control, Circunscripción Judicial del Estado Aragua; "
            + "Código Orgánico Procesal Penal, art. 236";

    static final List<AgencyView> AGENCIES = List.of(
            new AgencyView("VE-CICPC", new CountryCode("VE"), "Cuerpo de Investigaciones Científicas, Penales y Criminalísticas", AgencyKind.POLICE),
            new AgencyView("CO-DIJIN", new CountryCode("CO"), "Policía Nacional de Colombia – Dirección de Investigación Criminal e INTERPOL", AgencyKind.POLICE),
            new AgencyView("EC-PN", new CountryCode("EC"), "Policía Nacional del Ecuador", AgencyKind.POLICE),
            new AgencyView("PE-PNP", new CountryCode("PE"), "Policía Nacional del Perú", AgencyKind.POLICE),
            new AgencyView("CL-PDI", new CountryCode("CL"), "Policía de Investigaciones de Chile", AgencyKind.POLICE));

    private final Agencies agencies;
    private final Notices notices;
    private final Rewards rewards;
    private final DemoGenerator generator;
    private final CustodyDemo custodyDemo;
    private final TrenDeAraguaDemo network;
    private final RewardProcedureDemo rewardProcedures;
    private final PhotoDemo photoDemo;
    private final HotlineDemo hotlineDemo;
    private final DemoNode node;
    private final Clock clock;
    private final String configuredPassword;
    private final int generatedPersons;

    DemoData(Agencies agencies, Notices notices, Rewards rewards, DemoGenerator generator, CustodyDemo custodyDemo,
             TrenDeAraguaDemo network, HotlineDemo hotlineDemo, RewardProcedureDemo rewardProcedures,
             PhotoDemo photoDemo, DemoNode node, Clock clock,
             @Value("${sabueso.demo.password:}") String configuredPassword,
             @Value("${sabueso.demo.generated-persons:3000}") int generatedPersons) {
        this.agencies = agencies;
        this.notices = notices;
        this.rewards = rewards;
        this.generator = generator;
        this.custodyDemo = custodyDemo;
        this.network = network;
        this.photoDemo = photoDemo;
        this.hotlineDemo = hotlineDemo;
        this.rewardProcedures = rewardProcedures;
        this.node = node;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
        this.generatedPersons = generatedPersons;
    }

    /** Runs after every bean exists and before the web server takes requests. */
    @Override
    public void afterSingletonsInstantiated() {
        if (node.loaded(agencies)) {
            return;
        }
        long started = System.currentTimeMillis();
        String password = configuredPassword.isBlank() ? randomPassword() : configuredPassword;
        // a node may have registered them already from the federation directory
        AGENCIES.stream().filter(a -> agencies.find(a.id()).isEmpty()).forEach(agencies::register);
        if (node.post()) {
            node.postOfficer().ifPresent(o -> agencies.createUser(o.username(), o.displayName(), password, o.agencyId(),
                    EnumSet.of(Role.BORDER_OFFICER)));
            showOnce(password);
            return;
        }
        hotlineDemo.load(node::holds);
        for (AgencyView a : node.staffed()) {
            String cc = a.country().value().toLowerCase();
            agencies.createUser(cc + ".analyst", "Analista " + a.country(), password, a.id(), EnumSet.of(Role.ANALYST));
            agencies.createUser(cc + ".supervisor", "Supervisor " + a.country(), password, a.id(),
                    EnumSet.of(Role.SUPERVISOR, Role.ANALYST));
            // a second and a third supervisor: a reward claim is evaluated by one supervisor and its
            // payout approved by two others (four eyes, the evaluator not among them)
            agencies.createUser(cc + ".supervisor2", "Supervisora 2 " + a.country(), password, a.id(),
                    EnumSet.of(Role.SUPERVISOR, Role.ANALYST));
            agencies.createUser(cc + ".supervisor3", "Supervisor 3 " + a.country(), password, a.id(),
                    EnumSet.of(Role.SUPERVISOR, Role.ANALYST));
            agencies.createUser(cc + ".border", "Oficial de frontera " + a.country(), password, a.id(),
                    EnumSet.of(Role.BORDER_OFFICER));
            agencies.createUser(cc + ".prison", "Oficial penitenciario " + a.country(), password, a.id(),
                    EnumSet.of(Role.PRISON_OFFICER));
        }
        agencies.createUser("admin", "Administración Sabueso", password, null, EnumSet.of(Role.ADMIN));
        agencies.createUser("auditor", "Auditoría", password, null, EnumSet.of(Role.AUDITOR));
        showOnce(password);
        // generated first, so that the Tocorón notices are the most recent in every list
        int generated = generator.generate(generatedPersons, AGENCIES, node::holds);
        loadTocoronCase();
        custodyDemo.load(node::holds);
        if (node.holds(VE)) {
            network.load(node::holds);
        }
        rewardProcedures.load(node.staffed());
        photoDemo.load();
        log.info("Demo data loaded ({}): {} agencies with staff, Tocorón case, {} generated notices in {} ms",
                node.describe(), node.staffed().size(), generated, System.currentTimeMillis() - started);
    }

    private void showOnce(String password) {
        if (configuredPassword.isBlank()) {
            // printed once, on the start that created the accounts; never stored in clear
            log.warn("Demo accounts created. Password for every demo user (shown once): {}", password);
        }
    }

    /** Each part on the node of the agency that issues it (see {@link DemoNode}); all of it on one node for all. */
    private void loadTocoronCase() {
        LocalDate reviewBy = LocalDate.now(clock).plusYears(2);
        if (node.holds(VE)) {
            venezuelaAndPeru(reviewBy);
        }
        if (node.holds(CO)) {
            colombia(reviewBy);
        }
        if (node.holds(VE)) {
            venezuelanDrafts(reviewBy);
        }
    }

    private void venezuelaAndPeru(LocalDate reviewBy) {
        Viewer veAnalyst = agencies.viewerFor("ve.analyst").orElseThrow();
        Viewer veSupervisor = agencies.viewerFor("ve.supervisor").orElseThrow();
        UUID guerrero = activeNotice(veAnalyst, veSupervisor, new NoticeDraft(
                new NewPerson("Héctor Rusthenford Guerrero Flores", null,
                        List.of(new Alias("Niño Guerrero", true), new Alias("Héctor Guerrero", false)),
                        PartialDate.parse("1983"), Set.of(new CountryCode("VE")),
                        List.of(new IdentityDocument("national_id", "V-16.555.321", new CountryCode("VE"))),
                        Sex.MALE, new PhysicalDescription(170, "delgado", "tatuajes en brazos (demo)"), null),
                List.of("Homicidio", "Secuestro", "Extorsión", "Tráfico de drogas", "Asociación para delinquir"),
                "Líder de la organización criminal Tren de Aragua, nacida en 2014 en el Centro Penitenciario de "
                        + "Aragua (Tocorón). Se fugó antes de la retoma del penal por las fuerzas venezolanas el 20 de "
                        + "septiembre de 2023.",
                "VE-TC-ARAGUA-2023-0917", LEGAL, RequestedAction.ARREST_FOR_EXTRADITION, SharingScope.PUBLIC,
                Set.of(), reviewBy));

        // Peru's offer refers to Venezuela's notice, which Peru's own node holds only as a copy
        if (node.holds("PE-PNP")) {
            Viewer peSupervisor = agencies.viewerFor("pe.supervisor").orElseThrow();
            rewards.recordRate("PEN", "USD", new BigDecimal("0.2660"), LocalDate.of(2023, 9, 25),
                    "pe-bcrp-reference");
            rewards.offer(peSupervisor, new NewRewardOffer(guerrero, Money.of("500000", "PEN"), LocalDate.of(2023, 9, 25),
                    null, "Información que permita la ubicación y captura",
                    "Programa de Recompensas del Ministerio del Interior del Perú (anuncio del 25 de septiembre de 2023)"));
        }

        activeNotice(veAnalyst, veSupervisor, new NoticeDraft(
                new NewPerson("Yohan José Romero", null, List.of(new Alias("Johan Petrica", true)),
                        PartialDate.parse("1985"), Set.of(new CountryCode("VE")), List.of(), Sex.MALE,
                        PhysicalDescription.NONE, null),
                List.of("Asociación para delinquir", "Minería ilegal", "Extorsión"),
                "Señalado como uno de los cabecillas del Tren de Aragua; prófugo tras la retoma de Tocorón.",
                "VE-TC-ARAGUA-2023-0918", LEGAL, RequestedAction.ARREST_FOR_EXTRADITION, SharingScope.PUBLIC,
                Set.of(), reviewBy));

        activeNotice(veAnalyst, veSupervisor, new NoticeDraft(
                new NewPerson("Giovanni Vicente Mosquera Serrano", null, List.of(new Alias("El Viejo", true)),
                        PartialDate.parse("1990"), Set.of(new CountryCode("VE")), List.of(), Sex.MALE,
                        PhysicalDescription.NONE, null),
                List.of("Asociación para delinquir", "Tráfico de drogas"),
                "Miembro de la estructura de mando del Tren de Aragua.",
                "VE-TC-ARAGUA-2023-0921", LEGAL, RequestedAction.LOCATE, SharingScope.ALL_MEMBERS, Set.of(),
                reviewBy));
    }

    private void colombia(LocalDate reviewBy) {
        Viewer coAnalyst = agencies.viewerFor("co.analyst").orElseThrow();
        Viewer coSupervisor = agencies.viewerFor("co.supervisor").orElseThrow();
        UUID larry = activeNotice(coAnalyst, coSupervisor, new NoticeDraft(
                new NewPerson("Larry Amaury Álvarez Núñez", null, List.of(new Alias("Larry Changa", true)),
                        PartialDate.parse("1979"), Set.of(new CountryCode("VE")), List.of(), Sex.MALE,
                        PhysicalDescription.NONE, null),
                List.of("Concierto para delinquir", "Tráfico de migrantes"),
                "Señalado como cofundador del Tren de Aragua.",
                "CO-FGN-2023-11873", "Orden de captura, Fiscalía General de la Nación", RequestedAction.ARREST_FOR_EXTRADITION,
                SharingScope.PARTNERS, Set.of("VE-CICPC", "PE-PNP", "CL-PDI", "EC-PN"), reviewBy));
        notices.transition(coAnalyst, larry, NoticeStatus.ARRESTED, "Capturado en Colombia (demo)");
    }

    /** A Venezuelan draft still with its analyst, and one waiting for review, so queues are not empty. */
    private void venezuelanDrafts(LocalDate reviewBy) {
        Viewer veAnalyst = agencies.viewerFor("ve.analyst").orElseThrow();
        NoticeDraft waiting = new NoticeDraft(
                new NewPerson("Wuilmer José Barrios Guzmán", null, List.of(new Alias("El Wuily", true)),
                        PartialDate.parse("1992-03-14"), Set.of(new CountryCode("VE")),
                        List.of(new IdentityDocument("national_id", "V-20.111.222", new CountryCode("VE"))), Sex.MALE,
                        PhysicalDescription.NONE, null),
                List.of("Evasión", "Asociación para delinquir"), "Fugado de Tocorón por los túneles (demo).",
                "VE-TC-ARAGUA-2023-0930", LEGAL, RequestedAction.ARREST_FOR_EXTRADITION, SharingScope.ALL_MEMBERS,
                Set.of(), reviewBy);
        UUID w = notices.draft(veAnalyst, waiting);
        notices.submitForReview(veAnalyst, w, "Listo para revisión");
        notices.draft(veAnalyst, new NoticeDraft(
                new NewPerson("Yonathan Alexander Pérez de la Cruz", null, List.of(), PartialDate.parse("1995-11"),
                        Set.of(new CountryCode("VE")), List.of(), Sex.MALE, PhysicalDescription.NONE, null),
                List.of("Evasión"), null, "VE-TC-ARAGUA-2023-0931", LEGAL, RequestedAction.LOCATE,
                SharingScope.NATIONAL, Set.of(), reviewBy));
    }

    private UUID activeNotice(Viewer analyst, Viewer supervisor, NoticeDraft draft) {
        UUID id = notices.draft(analyst, draft);
        notices.submitForReview(analyst, id, "Listo para revisión");
        notices.review(supervisor, id, ComplianceChecks.allPassing(), true, "Cumple el artículo 3");
        return id;
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    static List<AgencyView> agencies() {
        return new ArrayList<>(AGENCIES);
    }
}
