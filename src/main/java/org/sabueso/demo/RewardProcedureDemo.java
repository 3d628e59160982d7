package org.sabueso.demo;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Viewer;
import org.sabueso.reward.CollectionProcedures;
import org.springframework.stereotype.Component;

/**
 * How each demo agency hands a paid reward over, in both languages. Illustrative: a hotline and a
 * claim number, a handover arranged without asking the tipster's name. Real agencies word their own.
 */
@Component
class RewardProcedureDemo {

    private final Agencies agencies;
    private final CollectionProcedures procedures;

    RewardProcedureDemo(Agencies agencies, CollectionProcedures procedures) {
        this.agencies = agencies;
        this.procedures = procedures;
    }

    void load(java.util.List<AgencyView> staffed) {
        for (AgencyView a : staffed) {
            Viewer supervisor = agencies.viewerFor(a.country().value().toLowerCase() + ".supervisor").orElseThrow();
            String hotline = "0800-" + a.country().value() + "-RECOMPENSA (demo)";
            procedures.set(supervisor, "es", """
                    Llame a la línea de recompensas de %s, %s, de lunes a viernes de 8:00 a 18:00, y dé el número \
                    de su reclamo (no su clave). Se acuerda con usted el lugar y la hora de la entrega, en efectivo o \
                    por giro a una cuenta que usted indique; no se le pedirá su nombre ni un documento. Lleve esta \
                    página abierta con su clave: el funcionario verifica el reclamo en ella.""".formatted(a.name(), hotline));
            procedures.set(supervisor, "en", """
                    Call the rewards line of %s, %s, Monday to Friday from 8:00 to 18:00, and give the number of \
                    your claim (not your codename). The place and time of the handover are agreed with you, in cash \
                    or by transfer to an account you name; you will not be asked for your name or any document. Bring \
                    this page open with your codename: the officer checks the claim on it.""".formatted(a.name(), hotline));
        }
    }
}
