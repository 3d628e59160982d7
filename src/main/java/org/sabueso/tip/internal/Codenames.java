package org.sabueso.tip.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Receipts as eight words drawn uniformly from a Spanish list of 2048 (88 bits). What the tipster
 * types back is read forgivingly: any case, with or without accents, any spacing or hyphens,
 * and the first four letters of each word suffice (words of three are typed whole), since the
 * list is built so they are unique.
 */
final class Codenames {

    static final int WORDS = 8;
    static final String RESOURCE = "/tip/codename-words-es.txt";

    private static final List<String> LIST = load();
    private static final Map<String, String> BY_KEY = index(LIST);

    private Codenames() {
    }

    static double bits() {
        return WORDS * (Math.log(LIST.size()) / Math.log(2));
    }

    static int listSize() {
        return LIST.size();
    }

    static String generate(SecureRandom random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < WORDS; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(LIST.get(random.nextInt(LIST.size())));
        }
        return sb.toString();
    }

    /** The one spelling the hash is taken of: the list's words in order, separated by single spaces. */
    static Optional<String> canonical(String typed) {
        if (typed == null || typed.length() > 400) {
            return Optional.empty();
        }
        String[] words = plain(typed).split("[^a-z]+");
        List<String> out = new ArrayList<>(WORDS);
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            String word = BY_KEY.get(w.length() >= 4 ? w.substring(0, 4) : w);
            if (word == null || !plain(word).startsWith(w)) {
                return Optional.empty();
            }
            out.add(word);
        }
        return out.size() == WORDS ? Optional.of(String.join(" ", out)) : Optional.empty();
    }

    private static String plain(String s) {
        return org.sabueso.shared.Folding.key(s);
    }

    private static List<String> load() {
        try (var in = Codenames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + RESOURCE);
            }
            List<String> words = new ArrayList<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(w -> Normalizer.normalize(w, Normalizer.Form.NFC)).forEach(words::add);
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> index(List<String> words) {
        Map<String, String> byKey = new HashMap<>();
        for (String w : words) {
            String p = plain(w);
            String key = p.length() >= 4 ? p.substring(0, 4) : p;
            if (byKey.put(key, w) != null || !p.matches("[a-z]+")) {
                throw new IllegalStateException("word list is not uniquely readable by four letters: " + w);
            }
        }
        return byKey;
    }
}
