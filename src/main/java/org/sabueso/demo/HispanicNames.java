package org.sabueso.demo;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.sabueso.person.Sex;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.PersonName;

/**
 * Names as they occur in Venezuela, Colombia, Peru, Chile and Ecuador, with realistic
 * frequencies: a few given names and surnames are very common (José, María, Luis; González,
 * Rodríguez, Quispe, Muñoz, Zambrano), the rest form a long tail. Each country has its own
 * ranking, its own favourite names (Yohan and Andreina in Venezuela, Jhon Jairo in Colombia,
 * Milagros in Peru, Javiera in Chile, Byron in Ecuador), compound given names (María José, José
 * Luis), surnames with particles (de la Cruz, del Valle) and the nicknames police records carry
 * (El Flaco, Cheo, Lucho).
 *
 * <p>Plain data and a random source; no beans. The demo draws its persons from here; the
 * benchmarks and the tests draw from {@link Region}, the region taken as one population.
 */
public final class HispanicNames {

    /** Zipf exponent and flattening of the head for every table. */
    private static final double S = 1.0;
    private static final double Q_NAMES = 2.0;
    private static final double Q_SURNAMES = 3.0;

    private static final String MALE_COMMON = """
            José Luis Carlos Juan Jorge Miguel Jesús Pedro Manuel Francisco Antonio Víctor Javier Ángel Rafael
            Alejandro Daniel Fernando Ricardo Eduardo Andrés Óscar Julio Roberto Héctor Alberto Mario Sergio Pablo
            Diego Raúl Gustavo Orlando Rubén Hugo Gabriel Omar Nelson Wilson Henry Alexander Cristian Jonathan Kevin
            Richard Edwin Ronald Franklin Leonardo César Enrique Guillermo Ramón Alfredo Arturo Marcos Ernesto Iván""";

    private static final String FEMALE_COMMON = """
            María Ana Carmen Rosa Luz Gabriela Daniela Carolina Patricia Claudia Sandra Paola Valentina Camila
            Alejandra Lucía Sofía Fernanda Diana Adriana Karina Lorena Elizabeth Andrea Natalia Laura Mónica Verónica
            Silvia Marta Gloria Isabel Teresa Beatriz Elena Esther Julia Margarita Pilar Susana""";

    private static final String SURNAMES_COMMON = """
            Acosta Aguirre Alvarado Arias Ávila Benítez Bermúdez Cabrera Calderón Campos Cano Carrillo Cisneros
            Córdoba Delgado Domínguez Escobar Estrada Farías Franco Galindo Gallardo Gil Guerra Guzmán Ibarra Lara
            León Lozano Luna Maldonado Marín Méndez Meza Miranda Molina Montes Navarro Nieto Ochoa Orozco Pacheco
            Padilla Peña Ponce Prieto Rangel Ríos Rivero Robles Rosales Rubio Salas Sandoval Santana Santos Serrano
            Solís Tovar Urbina Valdez Vega Velásquez Villalobos Zamora""";

    private static final String PARTICLE_SURNAMES =
            "de la Cruz, del Valle, de los Santos, de la Rosa, de León, del Castillo, de Jesús, de la Torre, "
                    + "del Río, de Armas, de la Hoz, de los Ríos";

    private static final String MALE_COMPOUNDS = "José Luis, Juan Carlos, José Gregorio, Luis Alberto, Carlos Eduardo, "
            + "José Antonio, Juan José, Luis Fernando, Jhon Jairo, Juan Pablo, José Miguel, Miguel Ángel, José Manuel, "
            + "Jesús Alberto, Luis Enrique, Carlos Alberto, Jorge Luis, Víctor Hugo, José Ángel, Juan David";

    private static final String FEMALE_COMPOUNDS = "María José, María Fernanda, Ana María, María Alejandra, "
            + "María Gabriela, Luz Marina, María del Carmen, María de los Ángeles, Rosa María, Ana Karina, "
            + "María Isabel, Luz Dary, María Elena, Ana Lucía, María Teresa";

    private static final String MALE_NICKNAMES = "El Flaco, El Gordo, El Negro, El Chino, El Mono, El Loco, El Menor, "
            + "El Cojo, El Zurdo, El Viejo, El Tuerto, Cara e' Niño, Pata e' Palo, Conejo, Tigre, Pelón, Chuky, "
            + "El Calvo, El Mudo, Cachete, El Colombiano, El Chamo, Toto, Pitbull, El Enano, Cabezón";

    private static final String FEMALE_NICKNAMES = "La Flaca, La Negra, La Gata, La Mona, La Chata, La Reina, "
            + "La Muñeca, La Gorda, La China, La Loca, Nena";

    /** Pet forms of given names, as colleagues and records use them. */
    private static final Map<String, String> HYPOCORISMS = Map.ofEntries(
            Map.entry("José", "Cheo"), Map.entry("Luis", "Lucho"), Map.entry("Francisco", "Pancho"),
            Map.entry("Jesús", "Chucho"), Map.entry("Antonio", "Toño"), Map.entry("Alberto", "Beto"),
            Map.entry("Roberto", "Beto"), Map.entry("Ignacio", "Nacho"), Map.entry("Enrique", "Quique"),
            Map.entry("Guillermo", "Memo"), Map.entry("Manuel", "Manolo"), Map.entry("Wuilmer", "Wuily"),
            Map.entry("Alejandro", "Alejo"), Map.entry("Eduardo", "Lalo"), Map.entry("Rafael", "Rafa"),
            Map.entry("Gregorio", "Goyo"), Map.entry("Ramón", "Moncho"), Map.entry("María", "Mari"),
            Map.entry("Guadalupe", "Lupe"), Map.entry("Graciela", "Chela"), Map.entry("Consuelo", "Chelo"),
            Map.entry("Rosario", "Charo"), Map.entry("Isabel", "Chabela"));

    /** Regional nicknames, by the country the person comes from. */
    private static final Map<String, String> REGIONAL_NICKNAMES = Map.of(
            "VE", "El Gocho, El Catire, El Maracucho, El Caraqueño, El Guaro",
            "CO", "El Paisa, El Costeño, El Rolo, El Caleño, El Pastuso",
            "PE", "El Cholo, El Chalaco, El Serrano, El Trujillano",
            "CL", "El Huaso, El Flaite, El Nortino",
            "EC", "El Mono, El Serrano, El Manaba, El Guayaco");

    private record Country(String male, String female, String surnames) {
    }

    /** Each country's own ranking: its most frequent names first, the common list after. */
    private static final Map<String, Country> COUNTRIES = Map.of(
            "VE", new Country("""
                    José Luis Carlos Jesús Juan Miguel Pedro Yohan Jorge Rafael Ángel Víctor Richard Wuilmer Yorman
                    Deivis Jhonny Darwin Anderson Enmanuel Kleiver Yonathan Alí Gregorio Freddy Wilmer Jean Leonel""",
                    """
                    María Ana Carmen Yelitza Andreina Yusmary Oriana Yenny Marisol Yessica Mariela Nathaly Rosa Luisa
                    Dayana Yuleidy Eglee Nohemí Yajaira Betzabeth""",
                    """
                    González Rodríguez Hernández Pérez García Martínez López Sánchez Ramírez Díaz Torres Flores Rojas
                    Gómez Romero Moreno Medina Suárez Álvarez Mendoza Castillo Contreras Guerrero Silva Rivas Vargas
                    Blanco Herrera Gutiérrez Morales Marcano Briceño Chirinos Parra Salazar Zambrano Montilla
                    Colmenares Quintero Rondón Barrios Guzmán Mosquera Urdaneta"""),
            "CO", new Country("""
                    José Luis Carlos Juan Jorge Andrés Jhon Diego Fabio Jairo Édgar Brayan Yeison Duván Wilson Hernán
                    Álvaro Fredy Camilo Sebastián Santiago Didier Jhonatan Harold""",
                    """
                    María Luz Ana Sandra Leidy Yurani Paola Diana Johana Yuliana Marina Claudia Martha Gloria Ángela
                    Viviana Yesenia Erika""",
                    """
                    Rodríguez Gómez González Martínez García López Hernández Sánchez Ramírez Pérez Díaz Muñoz Rojas
                    Moreno Jiménez Vargas Castro Gutiérrez Álvarez Ruiz Ortiz Torres Suárez Romero Herrera Valencia
                    Quintero Restrepo Giraldo Cardona Osorio Ospina Mosquera Arango Rincón Castaño Zapata Londoño Ríos
                    Correa"""),
            "PE", new Country("""
                    José Luis Juan Carlos Jorge Miguel Víctor César Jhon Percy Wilber Yony Edwin Manuel Julio Segundo
                    Elmer Hugo Walter Roger Jhonatan Kevin""",
                    """
                    María Rosa Ana Milagros Rocío Luz Carmen Juana Elizabeth Yolanda Flor Gladys Lourdes Julia
                    Nelly Maribel""",
                    """
                    Quispe Flores Sánchez Rodríguez García Rojas Mamani Huamán Vásquez Ramírez Chávez Mendoza Torres
                    Díaz Castillo Gonzales Pérez Cruz López Gutiérrez Espinoza Ramos Ruiz Romero Condori Salazar Vargas
                    Cárdenas Ccama Paredes Medina Silva Herrera Ríos Aguilar Castro Palomino Ticona Apaza Huanca"""),
            "CL", new Country("""
                    José Luis Juan Carlos Jorge Manuel Francisco Cristian Matías Felipe Ignacio Sebastián Rodrigo
                    Patricio Claudio Gonzalo Marcelo Mauricio Nicolás Benjamín Héctor""",
                    """
                    María Carolina Francisca Javiera Constanza Camila Catalina Valentina Paola Daniela Claudia Marcela
                    Patricia Carmen Ximena""",
                    """
                    González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López
                    Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro
                    Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés Herrera Núñez Jara Vergara
                    Rivera Figueroa"""),
            "EC", new Country("""
                    José Luis Juan Carlos Jorge Segundo Víctor Byron Washington Édison Darwin Wilson Fausto Ángel
                    Jefferson Bryan Kléber Galo Patricio Jimmy Holger""",
                    """
                    María Ana Rosa Jéssica Mercedes Narcisa Gabriela Maritza Johanna Carmen Diana Mayra Gladys
                    Jessenia""",
                    """
                    Zambrano Cedeño Vera Mendoza López Sánchez Rodríguez García Morales Castillo Pérez Ortiz Torres
                    Chávez Macías Moreira Jiménez Álvarez Romero Ramírez Vargas Reyes Suárez Andrade Herrera Guerrero
                    Mora Ruiz Cevallos Salazar Aguilar Intriago Ponce Delgado Bravo Loor Quiñónez Alcívar Vélez Mero"""));

    private static final RankedTable MALE_COMPOUND_TABLE = RankedTable.ofPhrases(S, Q_NAMES, MALE_COMPOUNDS);
    private static final RankedTable FEMALE_COMPOUND_TABLE = RankedTable.ofPhrases(S, Q_NAMES, FEMALE_COMPOUNDS);
    private static final RankedTable PARTICLE_TABLE = RankedTable.ofPhrases(S, Q_NAMES, PARTICLE_SURNAMES);
    private static final RankedTable MALE_NICKNAME_TABLE = RankedTable.ofPhrases(0.6, Q_NAMES, MALE_NICKNAMES);
    private static final RankedTable FEMALE_NICKNAME_TABLE = RankedTable.ofPhrases(0.6, Q_NAMES, FEMALE_NICKNAMES);

    private final CountryCode country;
    private final RankedTable male;
    private final RankedTable female;
    private final RankedTable surnames;
    private final RankedTable regionalNicknames;

    private HispanicNames(CountryCode country, Country c) {
        this.country = country;
        this.male = RankedTable.of(S, Q_NAMES, c.male(), MALE_COMMON);
        this.female = RankedTable.of(S, Q_NAMES, c.female(), FEMALE_COMMON);
        this.surnames = RankedTable.of(S, Q_SURNAMES, c.surnames(), SURNAMES_COMMON);
        this.regionalNicknames = RankedTable.ofPhrases(0.5, Q_NAMES,
                REGIONAL_NICKNAMES.getOrDefault(country.value(), "El Forastero"));
    }

    private static final Map<String, HispanicNames> BY_COUNTRY = Map.of(
            "VE", new HispanicNames(new CountryCode("VE"), COUNTRIES.get("VE")),
            "CO", new HispanicNames(new CountryCode("CO"), COUNTRIES.get("CO")),
            "PE", new HispanicNames(new CountryCode("PE"), COUNTRIES.get("PE")),
            "CL", new HispanicNames(new CountryCode("CL"), COUNTRIES.get("CL")),
            "EC", new HispanicNames(new CountryCode("EC"), COUNTRIES.get("EC")));

    /** The countries with their own tables. */
    public static final List<CountryCode> COUNTRIES_COVERED = List.of(new CountryCode("VE"), new CountryCode("CO"),
            new CountryCode("PE"), new CountryCode("CL"), new CountryCode("EC"));

    /** The names of one of {@link #COUNTRIES_COVERED}. */
    public static HispanicNames of(CountryCode country) {
        HispanicNames names = BY_COUNTRY.get(country.value());
        if (names == null) {
            throw new IllegalArgumentException("no name tables for " + country + "; covered: " + COUNTRIES_COVERED);
        }
        return names;
    }

    public CountryCode country() {
        return country;
    }

    /** One given name. */
    public String givenName(RandomGenerator random, Sex sex) {
        return (sex == Sex.FEMALE ? female : male).draw(random);
    }

    /**
     * Given names as registered: one (four in ten), a well-known compound such as "José Luis" or
     * "María José" (three in ten), or two names drawn independently.
     */
    public String givenNames(RandomGenerator random, Sex sex) {
        double x = random.nextDouble();
        if (x < 0.4) {
            return givenName(random, sex);
        }
        if (x < 0.7) {
            return (sex == Sex.FEMALE ? FEMALE_COMPOUND_TABLE : MALE_COMPOUND_TABLE).draw(random);
        }
        String first = givenName(random, sex);
        String second = givenName(random, sex);
        for (int tries = 0; second.equals(first) && tries < 5; tries++) {
            second = givenName(random, sex);
        }
        return second.equals(first) ? first : first + " " + second;
    }

    /** One surname; about one in forty carries particles ("de la Cruz"). */
    public String surname(RandomGenerator random) {
        return random.nextDouble() < 0.025 ? PARTICLE_TABLE.draw(random) : surnames.draw(random);
    }

    /**
     * A full name: given names, the father's and the mother's surname (one in twelve records
     * only the first). Particles of the first surname go to {@link PersonName#particles()}.
     */
    public PersonName personName(RandomGenerator random, Sex sex) {
        String given = givenNames(random, sex);
        String first = surname(random);
        String second = random.nextDouble() < 1.0 / 12 ? null : surname(random);
        String particles = null;
        if (first.startsWith("de ") || first.startsWith("del ")) {
            int last = first.lastIndexOf(' ');
            particles = first.substring(0, last);
            first = first.substring(last + 1);
        }
        return new PersonName(given, first, second, particles);
    }

    /**
     * A nickname for a person with these given names: the pet form of their name when it has
     * one (Cheo for José), sometimes where they come from (El Gocho), or one of the usual ones.
     */
    public String nickname(RandomGenerator random, Sex sex, String givenNames) {
        String firstName = givenNames == null ? "" : givenNames.split(" ")[0];
        double x = random.nextDouble();
        if (x < 0.35 && HYPOCORISMS.containsKey(firstName)) {
            return HYPOCORISMS.get(firstName);
        }
        if (x < 0.55 && sex != Sex.FEMALE) {
            return regionalNicknames.draw(random);
        }
        return (sex == Sex.FEMALE ? FEMALE_NICKNAME_TABLE : MALE_NICKNAME_TABLE).draw(random);
    }

    /** Male given names by rank, most frequent first. */
    public RankedTable maleNames() {
        return male;
    }

    /** Female given names by rank, most frequent first. */
    public RankedTable femaleNames() {
        return female;
    }

    /** Surnames by rank, most frequent first (without the few with particles). */
    public RankedTable surnames() {
        return surnames;
    }

    /**
     * The region taken as one population, without a country's own ranking: the names
     * {@code bench screening} and the engine's randomized test draw their wanted persons and
     * strangers from. Pure Zipf laws (no flattening: a heavy head of "José González" namesakes, the
     * hard case for screening) and a long tail of made-up rare surnames. The screening thresholds
     * were calibrated on this population (docs/benchmarks.md), so its lists, their order (Chávez
     * is listed twice) and its exponents stay as they were measured: a change here changes the
     * benchmark's recall and false-match figures.
     */
    public static final class Region {

        /** Given names by rank, compound ones ("José Luis") as one value; drawn with Zipf s = 1. */
        public static final RankedTable MALE = RankedTable.asListed(1.0, 0, List.of((
                "José,Luis,Carlos,Juan,Jesús,Miguel,Jorge,Pedro,Manuel,Antonio,Francisco,Rafael,Ángel,"
                + "José Luis,Juan Carlos,Víctor,Alejandro,Fernando,Ricardo,Daniel,Eduardo,Roberto,Héctor,Óscar,Javier,Andrés,"
                + "Wilmer,Yonathan,Jhon,Édgar,Wilson,Freddy,Richard,Henry,Alexander,Darwin,Jhonny,Yorman,Deivis,Kevin,Brayan,"
                + "Gustavo,Orlando,Nelson,Raúl,Ramón,Enrique,Alberto,Julio,César,Diego,Sergio,Mario,Hugo,Rubén,Iván,Wuilmer,"
                + "Yohan,Omar,Gabriel,Santiago,Sebastián,Nicolás,Mauricio,Hernán,Gilberto,Arturo,Alfredo,Rodolfo,Tomás,Félix")
                .split(",")));

        public static final RankedTable FEMALE = RankedTable.asListed(1.0, 0, List.of((
                "María,Ana,Carmen,Rosa,Luisa,Yolanda,Marisol,Gabriela,Andrea,Daniela,Carolina,Patricia,"
                + "María José,Ana María,María Fernanda,Luz Marina,Yésica,Yuleisy,Yaritza,Karina,Katherine,Leidy,Yenny,Johana,"
                + "Alejandra,Paola,Diana,Claudia,Sandra,Mónica,Adriana,Valentina,Camila,Isabel,Elena,Beatriz,Lucía,Gloria,"
                + "Marlene,Milagros,Rocío,Esperanza,Mercedes,Teresa,Verónica,Natalia,Vanessa,Zulay,Yelitza,Maryori")
                .split(",")));

        /** The common surnames by rank, drawn with Zipf s = 0.9 (flatter than given names, as surnames are). */
        public static final RankedTable SURNAMES = RankedTable.asListed(0.9, 0, List.of((
                "González,Rodríguez,Pérez,Hernández,García,Martínez,López,Sánchez,Ramírez,Torres,"
                + "Díaz,Flores,Rojas,Gómez,Morales,Vásquez,Castillo,Jiménez,Gutiérrez,Ruiz,Álvarez,Romero,Suárez,Mendoza,"
                + "Moreno,Silva,Castro,Ortiz,Chávez,Herrera,Medina,Guerrero,Vargas,Ramos,Quintero,Contreras,Aguilar,Méndez,"
                + "Fernández,Rivas,Márquez,Rivera,Salazar,Delgado,Mora,Peña,Acosta,Marín,Sosa,Núñez,Cárdenas,Cruz,Ortega,"
                + "Molina,Paredes,Vega,Blanco,Figueroa,Navarro,Gil,Rincón,Escalona,Bravo,Briceño,Colmenares,Pacheco,Zambrano,"
                + "Quispe,Mamani,Huamán,Condori,Chávez,Valencia,Ospina,Cardona,Muñoz,Restrepo,Montoya,Espinoza,Cabrera,Vera,"
                + "Carrillo,Salas,Arias,Osorio,Benítez,Palacios,Fuentes,Campos,Soto,Valdés,Araya,Tapia,Sepúlveda,Reyes,Vidal,"
                + "Pinto,Bustos,Carrasco,Cortés,Lara,Villalobos,Sandoval,Barrios,Guzmán,Camacho,Lozano,Ibarra,Cedeño,Zapata")
                .split(",")));

        /** Surnames with particles, drawn uniformly. */
        public static final List<String> PARTICLED = List.of("de la Cruz", "del Valle", "de los Santos", "de la Rosa",
                "de León", "del Castillo", "de Armas", "de Jesús", "de la Torre", "del Río");

        /** Nicknames as police records carry them, drawn uniformly. */
        public static final List<String> NICKNAMES = List.of("El Flaco", "El Gordo", "El Chino", "El Negro", "Cara e' Niño",
                "El Mono", "Pata e' Palo", "El Catire", "El Menor", "Coquito", "El Viejo", "Tuerto", "La Sombra", "El Pelón",
                "Chucky", "El Zurdo");

        /**
         * Surnames written as one word that records also split ("Donjuan", "Deleón"), or compound ones
         * usually written apart ("San Martín", "Montes de Oca"), drawn uniformly. Not part of the
         * measured draws above: the benchmark's population mixes them in from a stream of its own.
         */
        public static final List<String> FUSED_OR_COMPOUND = List.of("Donjuan", "Deleón", "Delarosa", "Delvalle",
                "Delacruz", "Santamaría", "Sanmartín", "Montesdeoca", "Villarreal", "Santacruz", "Don Juan",
                "San Martín", "Santa Cruz", "Montes de Oca", "Ponce de León", "Santa María", "Villa Real", "Del Río");

        /**
         * Surnames of Arabic and Levantine origin common in Venezuela and Colombia (the families of
         * Lebanese, Syrian and Palestinian immigration), as the person's own registry writes them.
         */
        public static final List<String> ARABIC_SURNAMES = List.of("Saab", "Makled", "Nasser", "Haddad", "Aulaqi",
                "Jomaa", "El Aissami", "Khalil", "Hamdan", "Assad", "Zaidan", "Abdallah", "Yunis", "Ould Salem", "Majluf",
                "Farah", "Chehade", "Daccarett", "Kassab", "Rahal");

        /** Given names of Arabic origin in the region, for men. */
        public static final List<String> ARABIC_MALE = List.of("Walid", "Jamil", "Tareck", "Khaled", "Mohamed",
                "Nayib", "Farid", "Salim", "Hassan", "Ibrahim", "Yusef", "Karim");

        /** Given names of Arabic origin in the region, for women. */
        public static final List<String> ARABIC_FEMALE = List.of("Samira", "Yamile", "Leila", "Fátima", "Nadia",
                "Zoraida", "Jasmín", "Amira");

        /**
         * Given names of the region missing from {@link #MALE} and {@link #FEMALE} whose pet forms
         * records carry (Nacho, Memo, Lupe, Lola), mixed in like {@link #FUSED_OR_COMPOUND}.
         */
        public static final List<String> MORE_MALE = List.of("Ignacio", "Guillermo", "Gregorio", "Adolfo", "Ernesto",
                "Rosendo", "Anselmo", "Lorenzo");

        public static final List<String> MORE_FEMALE = List.of("Guadalupe", "Dolores", "Concepción", "Rosario",
                "Graciela", "Consuelo", "Francisca", "Socorro", "Lucy", "Marleny");

        /** Nationalities drawn uniformly from this list: Venezuela three in nine, Colombia and Peru two, Ecuador and Chile one. */
        public static final List<String> COUNTRIES = List.of("VE", "VE", "VE", "CO", "CO", "PE", "PE", "EC", "CL");

        private static final String[] ONSETS = {"b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch",
                "br", "tr", "gr", "ll", "qu"};
        private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ia", "ue"};
        private static final String[] ENDINGS = {"ez", "es", "a", "o", "ar", "el", "an", "ón", "ero", "ino", "ales", "illo"};

        private Region() {
        }

        /**
         * {@code count} made-up rare surnames that sound Spanish ("Brueterez", "Chiagón"): the
         * long tail no list holds, where a namesake is unlikely. Deterministic for the random source.
         */
        public static List<String> rareSurnames(RandomGenerator random, int count) {
            String[] tail = new String[count];
            for (int i = 0; i < count; i++) {
                StringBuilder sb = new StringBuilder();
                int syllables = 1 + random.nextInt(2);
                for (int s = 0; s < syllables; s++) {
                    sb.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
                }
                sb.append(ONSETS[random.nextInt(ONSETS.length)]).append(ENDINGS[random.nextInt(ENDINGS.length)]);
                tail[i] = Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
            }
            return List.of(tail);
        }
    }
}
