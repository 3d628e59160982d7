package org.sabueso.demo;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * What the generated notices say, country by country, in each country's legal words: the
 * offences as its criminal code names them (sicariato in Peru and Ecuador, concierto para
 * delinquir in Colombia, asociación criminal in Chile), a summary of what the subject is said to
 * have done and where, the warrant reference in the court's own numbering, and the legal basis
 * of the arrest order. All cases are fictitious.
 */
final class CaseFacts {

    private CaseFacts() {
    }

    /** Kinds of offence, with how often wanted notices in the region carry them. */
    enum Kind {
        HOMICIDE(20), EXTORTION(18), DRUGS(18), ORGANISED_CRIME(12), ROBBERY(10), KIDNAPPING(6), WEAPONS(6),
        CONTRACT_KILLING(4), HUMAN_TRAFFICKING(4), MIGRANT_SMUGGLING(2), MONEY_LAUNDERING(3);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }

        static Kind draw(RandomGenerator random) {
            int total = 0;
            for (Kind k : values()) {
                total += k.weight;
            }
            int x = random.nextInt(total);
            for (Kind k : values()) {
                x -= k.weight;
                if (x < 0) {
                    return k;
                }
            }
            throw new IllegalStateException();
        }
    }

    /** The offence as the issuing country's code words it. */
    static String offence(String country, Kind kind) {
        return OFFENCES.get(kind).get(country);
    }

    private static final List<String> OFFENCE_COLUMNS = List.of("VE", "CO", "PE", "CL", "EC");

    /** One row a kind, one column a country, in the order of {@link #OFFENCE_COLUMNS}. */
    private static final String OFFENCE_TABLE = """
            HOMICIDE          | Homicidio intencional calificado | Homicidio agravado | Homicidio calificado | Homicidio calificado | Asesinato
            EXTORTION         | Extorsión | Extorsión agravada | Extorsión agravada | Extorsión | Extorsión
            DRUGS             | Tráfico ilícito de sustancias estupefacientes y psicotrópicas | Tráfico, fabricación o porte de estupefacientes | Tráfico ilícito de drogas | Tráfico ilícito de estupefacientes (Ley 20.000) | Tráfico ilícito de sustancias catalogadas sujetas a fiscalización
            ORGANISED_CRIME   | Asociación para delinquir | Concierto para delinquir agravado | Organización criminal | Asociación criminal | Delincuencia organizada
            ROBBERY           | Robo agravado | Hurto calificado y agravado | Robo agravado | Robo con violencia | Robo
            KIDNAPPING        | Secuestro | Secuestro extorsivo | Secuestro | Secuestro | Secuestro extorsivo
            WEAPONS           | Porte ilícito de arma de fuego | Fabricación, tráfico o porte de armas de fuego | Tenencia ilegal de armas de fuego | Porte ilegal de arma de fuego | Tenencia y porte de armas
            CONTRACT_KILLING  | Sicariato | Homicidio agravado por precio o promesa remuneratoria | Sicariato | Homicidio calificado por premio o promesa remuneratoria | Sicariato
            HUMAN_TRAFFICKING | Trata de personas | Trata de personas | Trata de personas | Trata de personas | Trata de personas
            MIGRANT_SMUGGLING | Tráfico ilícito de migrantes | Tráfico de migrantes | Tráfico ilícito de migrantes | Tráfico de migrantes | Tráfico ilícito de migrantes
            MONEY_LAUNDERING  | Legitimación de capitales | Lavado de activos | Lavado de activos | Lavado de activos | Lavado de activos
            """;

    private static final Map<Kind, Map<String, String>> OFFENCES = OFFENCE_TABLE.lines().map(line -> line.split("\\|"))
            .collect(java.util.stream.Collectors.toUnmodifiableMap(cells -> Kind.valueOf(cells[0].strip()), cells -> {
                Map<String, String> byCountry = new java.util.HashMap<>();
                for (int i = 0; i < OFFENCE_COLUMNS.size(); i++) {
                    byCountry.put(OFFENCE_COLUMNS.get(i), cells[i + 1].strip());
                }
                return Map.copyOf(byCountry);
            }));

    private static final Map<String, List<String>> CITIES = Map.of(
            "VE", List.of("Maracay", "Valencia", "Caracas", "San Vicente (Aragua)", "Cagua", "Puerto Cabello",
                    "Barquisimeto", "Maracaibo", "San Cristóbal", "Ciudad Bolívar"),
            "CO", List.of("Bogotá", "Cúcuta", "Medellín", "Cali", "Barranquilla", "Bucaramanga", "Villa del Rosario",
                    "Arauca", "Ipiales", "Cartagena"),
            "PE", List.of("Lima", "San Martín de Porres", "Trujillo", "Tumbes", "Callao", "Chiclayo", "Piura",
                    "Arequipa", "Comas", "Los Olivos"),
            "CL", List.of("Santiago", "Estación Central", "Arica", "Iquique", "Antofagasta", "Calama", "Valparaíso",
                    "Colchane", "Rancagua", "Puente Alto"),
            "EC", List.of("Guayaquil", "Quito", "Machala", "Huaquillas", "Manta", "Esmeraldas", "Santo Domingo",
                    "Lago Agrio", "Tulcán", "Durán"));

    static String city(String country, RandomGenerator random) {
        List<String> cities = CITIES.get(country);
        // the first cities of each list are where most cases are
        return cities.get(Math.min(cities.size() - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * 3.5)));
    }

    private static final Map<Kind, String> WHAT = Map.ofEntries(
            Map.entry(Kind.HOMICIDE, "Señalado como autor material de un homicidio ocurrido en %s."),
            Map.entry(Kind.EXTORTION, "Señalado como cobrador de «vacunas» a comerciantes y transportistas en %s."),
            Map.entry(Kind.DRUGS, "Señalado como responsable del acopio y la distribución de droga en %s."),
            Map.entry(Kind.ORGANISED_CRIME, "Señalado como integrante de una estructura criminal con presencia en %s."),
            Map.entry(Kind.ROBBERY, "Señalado como integrante de una banda dedicada al robo a mano armada en %s."),
            Map.entry(Kind.KIDNAPPING, "Señalado como participante en el secuestro de un comerciante en %s."),
            Map.entry(Kind.WEAPONS, "Señalado como proveedor de armas de fuego a bandas de %s."),
            Map.entry(Kind.CONTRACT_KILLING, "Señalado como sicario al servicio de una organización criminal en %s."),
            Map.entry(Kind.HUMAN_TRAFFICKING, "Señalado como captador de mujeres migrantes para su explotación en %s."),
            Map.entry(Kind.MIGRANT_SMUGGLING, "Señalado como «coyote» en los pasos irregulares cercanos a %s."),
            Map.entry(Kind.MONEY_LAUNDERING, "Señalado como testaferro de bienes de una organización criminal en %s."));

    /** What the notice says the subject did, where, and whether the Tren de Aragua is named. */
    static String summary(Kind kind, String city, boolean trenDeAragua, boolean armedAndDangerous) {
        StringBuilder sb = new StringBuilder(WHAT.get(kind).formatted(city));
        if (trenDeAragua) {
            sb.append(" Presunto integrante de una célula vinculada al Tren de Aragua.");
        }
        if (armedAndDangerous) {
            sb.append(" Puede estar armado; no intentar la aprehensión sin apoyo.");
        }
        return sb.toString();
    }

    private static final Map<String, String> LEGAL_BASIS = Map.of(
            "VE", "Código Orgánico Procesal Penal, art. 236; orden de aprehensión del Tribunal de Control",
            "CO", "Ley 906 de 2004 (Código de Procedimiento Penal), art. 297; orden de captura del Juez de Control de Garantías",
            "PE", "Código Procesal Penal, arts. 268 y 279; mandato de prisión preventiva del Juzgado de Investigación Preparatoria",
            "CL", "Código Procesal Penal, art. 127; orden de detención del Juzgado de Garantía",
            "EC", "Código Orgánico Integral Penal, arts. 534 y 536; orden de prisión preventiva del juez de garantías penales");

    static String legalBasis(String country) {
        return LEGAL_BASIS.get(country);
    }

    private static final List<String> VENEZUELAN_STATES = List.of("ARAGUA", "CARABOBO", "DC", "LARA", "ZULIA",
            "TACHIRA", "BOLIVAR");
    private static final List<String> PERUVIAN_DISTRICTS = List.of("1801", "1826", "0601", "1601", "2601", "1401");
    private static final List<String> ECUADORIAN_UNITS = List.of("09281", "17282", "13284", "07710", "09286");

    /** A warrant reference in the numbering of the country's courts. */
    static String warrantReference(String country, int year, RandomGenerator random) {
        return switch (country) {
            case "VE" -> "VE-TC-%s-%d-%04d".formatted(pick(VENEZUELAN_STATES, random), year, random.nextInt(1, 9999));
            case "CO" -> "CO-FGN-%d-%05d".formatted(year, random.nextInt(1, 99999));
            case "PE" -> "%05d-%d-0-%s-JR-PE-%02d".formatted(random.nextInt(1, 20000), year,
                    pick(PERUVIAN_DISTRICTS, random), random.nextInt(1, 6));
            case "CL" -> "RIT %d-%d, RUC %02d%08d-%d".formatted(random.nextInt(1, 9000), year, year % 100,
                    random.nextInt(100_000_000), random.nextInt(10));
            case "EC" -> "%s-%d-%05d".formatted(pick(ECUADORIAN_UNITS, random), year, random.nextInt(1, 30000));
            default -> throw new IllegalArgumentException("no court numbering for " + country);
        };
    }

    private static final List<String> MARKS = List.of("tatuaje en el antebrazo derecho", "tatuaje de una corona en el cuello",
            "cicatriz en la mejilla izquierda", "tatuaje de un rosario en la mano", "cicatriz de bala en el abdomen",
            "tatuaje con nombre de mujer en el pecho", "falta el dedo índice de la mano izquierda",
            "tatuaje de una estrella en la mano derecha", "cicatriz en la ceja derecha", "diente de oro");
    private static final List<String> BUILDS = List.of("delgado", "mediano", "robusto", "atlético");
    private static final List<String> BUILDS_FEMALE = List.of("delgada", "mediana", "robusta", "atlética");

    static String marks(RandomGenerator random) {
        return pick(MARKS, random);
    }

    static String build(RandomGenerator random, boolean female) {
        return pick(female ? BUILDS_FEMALE : BUILDS, random);
    }

    static <T> T pick(List<T> values, RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }
}
