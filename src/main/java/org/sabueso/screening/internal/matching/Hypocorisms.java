package org.sabueso.screening.internal.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The familiar forms of Spanish given names an officer, a relative or a record may write instead
 * of the name itself: Pepe for José, Paco and Pancho for Francisco, Chucho and Chuy for Jesús.
 * Only forms that are not a common given name of their own are listed, so a hit through this
 * table is a nickname read, never a confusion of two names. Folded words (no accents, lower case).
 */
final class Hypocorisms {

    private Hypocorisms() {
    }

    /** "nickname:name|name". One line per nickname; a country adds its own here, with a test. */
    private static final List<String> TABLE = List.of(
            "pepe:jose", "chepe:jose", "pepito:jose", "cheo:jose",
            "chema:jose|maria", "pepa:josefa", "chepa:josefa",
            "paco:francisco", "pancho:francisco", "curro:francisco", "quico:francisco", "frank:francisco",
            "paquita:francisca", "paqui:francisca", "pancha:francisca",
            "chucho:jesus", "chuy:jesus", "chus:jesus", "chuchi:jesus",
            "lupe:guadalupe", "lupita:guadalupe", "pita:guadalupe",
            "nacho:ignacio", "nacha:ignacia",
            "memo:guillermo", "guille:guillermo", "guillo:guillermo",
            "beto:alberto|roberto|humberto|norberto|gilberto", "tito:alberto|roberto",
            "tono:antonio", "tonio:antonio", "toni:antonio", "tony:antonio",
            "quique:enrique", "kike:enrique",
            "lalo:eduardo", "goyo:gregorio", "lola:dolores", "lolita:dolores",
            "concha:concepcion", "conchita:concepcion", "conchi:concepcion",
            "manolo:manuel", "manolito:manuel", "manu:manuel",
            "rafa:rafael", "rafucho:rafael",
            "nando:fernando|hernando", "fer:fernando", "fercho:fernando",
            "tere:teresa", "teresita:teresa", "maite:teresa|maria", "mayte:teresa|maria",
            "paty:patricia", "pati:patricia", "patty:patricia",
            "fito:adolfo|rodolfo", "rodo:rodolfo", "checo:sergio",
            "pili:pilar", "charo:rosario", "chayo:rosario", "chelo:consuelo|marcelo", "chelito:consuelo",
            "chalo:gonzalo", "chava:salvador", "chavo:salvador", "chela:graciela",
            "lencho:lorenzo", "poncho:alfonso", "foncho:alfonso", "chente:vicente",
            "nico:nicolas", "alex:alejandro|alexander", "jandro:alejandro", "ale:alejandro|alejandra",
            "santi:santiago", "chano:feliciano|luciano", "licha:alicia", "meche:mercedes",
            "cata:catalina", "vero:veronica", "moncho:ramon", "tavo:gustavo|octavio",
            "neto:ernesto", "lucho:luis", "wicho:luis", "pato:patricio", "mundo:raimundo|edmundo",
            "quino:joaquin", "chabela:isabel", "chabelo:isabel", "tencha:hortensia",
            "juancho:juan", "richi:ricardo", "dany:daniel", "gaby:gabriel|gabriela",
            "betty:beatriz|elizabeth", "fede:federico", "rigo:rigoberto", "chon:encarnacion|asuncion",
            "cuca:refugio", "cuco:refugio", "tacho:anastasio", "lencha:lorenza", "nati:natividad|natalia",
            "tona:antonia", "chayito:rosario", "rosi:rosa|rosario",
            "vicho:vicente", "yoli:yolanda", "marucha:maria", "mari:maria",
            "cheli:araceli", "chepina:josefina", "fina:josefina",
            "coco:socorro", "soco:socorro", "sebas:sebastian");

    /** Nickname → the names it stands for. */
    private static final Map<String, Set<String>> NAMES = load();

    /** Every name some nickname stands for. */
    private static final Set<String> NAMED = NAMES.values().stream().flatMap(Set::stream)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : TABLE) {
            int colon = line.indexOf(':');
            String nickname = line.substring(0, colon);
            String names = line.substring(colon + 1);
            out.put(nickname, Set.of(names.split("\\|")));
        }
        return Map.copyOf(out);
    }

    /** The names a folded word is a nickname of, or an empty set. */
    static Set<String> namesOf(String word) {
        return NAMES.getOrDefault(word, Set.of());
    }

    /** Whether some nickname stands for this folded word. */
    static boolean isName(String word) {
        return NAMED.contains(word);
    }

    /** Whether one word is a nickname of the other, either way. */
    static boolean either(String a, String b) {
        return namesOf(a).contains(b) || namesOf(b).contains(a);
    }
}
