package org.sabueso.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.custody.CustodyInputs.Admission;
import org.sabueso.custody.CustodyViews.Unit;
import org.sabueso.person.NewPerson;
import org.sabueso.person.PhysicalDescription;
import org.sabueso.person.Sex;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.PartialDate;
import org.springframework.stereotype.Component;

/**
 * Prisoner files for the other units of Rodeo I that the demo counts (Celda 8 and Pabellón 3), so
 * that their roll calls count people rather than pass as "0 of 0". Every name is illustrative.
 */
@Component
class RodeoWingsDemo {

    /** Unit name, then file number, name, birth, admission months ago, reason. */
    private static final List<String[]> FILES = List.of(
            new String[] {"Celda 8", "ROD-2024-0520", "Richard Alexis Contreras Piña", "1995", "9", "Robo agravado (demo)"},
            new String[] {"Celda 8", "ROD-2025-0033", "Víctor Manuel Ledezma Soto", "1990-05", "6", "Extorsión (demo)"},
            new String[] {"Celda 8", "ROD-2025-0150", "Ángel Gabriel Rivas Ochoa", "2001", "3", "Hurto (demo)"},
            new String[] {"Pabellón 3", "ROD-2023-0871", "José Gregorio Blanco Urbina", "1984", "20", "Homicidio (demo)"},
            new String[] {"Pabellón 3", "ROD-2024-0102", "Luis Alberto Farías Marcano", "1992", "12", "Tráfico de drogas (demo)"},
            new String[] {"Pabellón 3", "ROD-2024-0733", "Wilmer Antonio Guevara Díaz", "1998-11", "10", "Robo agravado (demo)"},
            new String[] {"Pabellón 3", "ROD-2025-0088", "Carlos Eduardo Pacheco Lira", "1989", "5", "Secuestro (demo)"},
            new String[] {"Pabellón 3", "ROD-2025-0214", "Franklin Javier Moreno Azuaje", "2000", "2", "Extorsión (demo)"});

    private final Custody custody;

    RodeoWingsDemo(Custody custody) {
        this.custody = custody;
    }

    void admit(Viewer officer, UUID facility, List<Unit> units, LocalDate today) {
        for (String[] f : FILES) {
            UUID unit = units.stream().filter(u -> u.name().equals(f[0])).findFirst().orElseThrow().id();
            LocalDate admitted = today.minusMonths(Integer.parseInt(f[4]));
            NewPerson person = new NewPerson(f[2], null, List.of(), PartialDate.parse(f[3]), Set.of(new CountryCode("VE")),
                    List.of(), Sex.MALE, PhysicalDescription.NONE, null);
            custody.admit(officer, facility, new Admission(unit, null, person, f[1], admitted,
                    "Tribunal de Control, Circuito Judicial Penal (demo)", f[5], admitted.minusDays(2), "OR-" + f[1] + " (demo)",
                    null, null, "Ropa y documentos (demo)", "Familiar en la ciudad (demo)", "Mismo contacto familiar (demo)",
                    "Mediana seguridad"));
        }
    }
}
