package org.sabueso.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sabueso.shared.Refusal;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every refusal code any module declares has its message in Spanish and in English, so a page or
 * an API answer never shows a bare code; and no two declarations claim the same code.
 */
class RefusalCodesTest {

    @Test
    void every_declared_code_has_a_message_in_spanish_and_in_english() throws Exception {
        List<Refusal.Code> codes = declaredCodes();
        assertThat(codes).as("the modules declare their refusal codes").hasSizeGreaterThan(10);
        Properties spanish = bundles(false);
        Properties english = bundles(true);
        List<String> missing = new ArrayList<>();
        for (Refusal.Code c : codes) {
            String key = "problem." + c.code();
            if (!spanish.containsKey(key)) {
                missing.add("es " + key + " (" + c.getClass().getSimpleName() + ")");
            }
            if (!english.containsKey(key)) {
                missing.add("en " + key + " (" + c.getClass().getSimpleName() + ")");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void no_two_declarations_claim_the_same_code() throws Exception {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Refusal.Code c : declaredCodes()) {
            String who = c.getClass().getName() + "." + c;
            String before = owner.putIfAbsent(c.code(), who);
            if (before != null) {
                clashes.add(c.code() + ": " + before + " and " + who);
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void a_sentence_is_not_a_code() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new Refusal("the name is required", List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Refusal("photo.too-many-pixels", List.of(4096)).messageKey()).isEqualTo("problem.photo.too-many-pixels");
        assertThat(new Refusal("notAllowed.draft", List.of()).code()).isEqualTo("notAllowed.draft");
    }

    /** Every enum under org.sabueso that implements Refusal.Code, each constant. */
    static List<Refusal.Code> declaredCodes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition d) {
                return d.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Refusal.Code.class));
        List<Refusal.Code> codes = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.sabueso")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    codes.add((Refusal.Code) constant);
                }
            }
        }
        return codes;
    }

    private static Properties bundles(boolean english) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(I18nBundlesTest.I18N)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> p.getFileName().toString().endsWith("_en.properties") == english).toList()) {
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    all.load(r);
                }
            }
        }
        return all;
    }
}
