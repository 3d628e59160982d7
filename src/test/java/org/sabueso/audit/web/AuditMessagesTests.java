package org.sabueso.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.sabueso.audit.ChainVerdict;

/** The auditor page's Spanish and English messages are kept in step. */
class AuditMessagesTests {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(AuditMessagesTests.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void spanish_and_english_have_the_same_keys_and_arguments() throws Exception {
        Properties es = load("audit.properties");
        Properties en = load("audit_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(es.stringPropertyNames());
        for (String key : es.stringPropertyNames()) {
            assertThat(es.getProperty(key)).as(key).isNotBlank();
            assertThat(new MessageFormat(en.getProperty(key)).getFormats())
                    .as(key).hasSameSizeAs(new MessageFormat(es.getProperty(key)).getFormats());
        }
    }

    @Test
    void every_problem_of_the_chain_has_a_message() throws Exception {
        Properties es = load("audit.properties");
        for (ChainVerdict.Problem p : ChainVerdict.Problem.values()) {
            assertThat(es.getProperty("audit.problem." + p.name())).as(p.name()).isNotBlank();
        }
    }
}
