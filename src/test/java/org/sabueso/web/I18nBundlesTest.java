package org.sabueso.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Spanish and English say the same things: every bundle under i18n/ has the same keys in each language. */
class I18nBundlesTest {

    static final Path I18N = Path.of("src/main/resources/i18n");

    @Test
    void every_bundle_has_the_same_keys_in_spanish_and_english() throws IOException {
        Map<String, List<Path>> bundles = bundles();
        assertThat(bundles).containsKey("messages");
        for (var bundle : bundles.entrySet()) {
            Path spanish = I18N.resolve(bundle.getKey() + ".properties");
            assertThat(bundle.getValue()).as("bundle %s has its Spanish default and its English twin", bundle.getKey())
                    .contains(spanish, I18N.resolve(bundle.getKey() + "_en.properties"));
            Set<String> expected = load(spanish).stringPropertyNames();
            for (Path translation : bundle.getValue()) {
                Set<String> keys = load(translation).stringPropertyNames();
                assertThat(difference(expected, keys)).as("keys of %s missing in %s", spanish.getFileName(),
                        translation.getFileName()).isEmpty();
                assertThat(difference(keys, expected)).as("keys of %s missing in %s", translation.getFileName(),
                        spanish.getFileName()).isEmpty();
            }
        }
    }

    @Test
    void spring_is_told_about_every_bundle() throws IOException {
        Properties application = load(Path.of("src/main/resources/application.properties"));
        Set<String> configured = Stream.of(application.getProperty("spring.messages.basename").split(","))
                .map(String::strip).collect(Collectors.toCollection(TreeSet::new));
        Set<String> present = bundles().keySet().stream().map(b -> "i18n/" + b)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(configured).isEqualTo(present);
    }

    @Test
    void every_message_with_arguments_is_a_valid_message_format() throws IOException {
        List<String> broken = new ArrayList<>();
        for (List<Path> files : bundles().values()) {
            for (Path file : files) {
                Properties p = load(file);
                for (String key : p.stringPropertyNames()) {
                    String value = p.getProperty(key);
                    if (value.contains("{0")) {
                        try {
                            new MessageFormat(value);
                        } catch (IllegalArgumentException e) {
                            broken.add(file.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    /** Bundle base name → its files (base and each language). */
    private static Map<String, List<Path>> bundles() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.filter(f -> f.toString().endsWith(".properties"))
                    .collect(Collectors.groupingBy(f -> f.getFileName().toString().replaceAll("(_[a-z]{2})?\\.properties$", ""),
                            TreeMap::new, Collectors.toList()));
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
