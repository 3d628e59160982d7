package org.sabueso.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.sabueso.audit.ChainVerdict;

/**
 * What the auditor page needs of its bundle beyond the same keys in Spanish and English (which
 * the web module's I18nBundlesTest checks for every bundle): the same arguments, and a message
 * for every problem the chain can have.
 */
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
    void each_message_takes_the_same_arguments_in_spanish_and_english() throws Exception {
        Properties es = load("audit.properties");
        Properties en = load("audit_en.properties");
        for (String key : es.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            assertThat(new MessageFormat(en.getProperty(key)).getFormatsByArgumentIndex())
                    .as(key).hasSameSizeAs(new MessageFormat(es.getProperty(key)).getFormatsByArgumentIndex());
        }
    }

    @Test
    void every_problem_of_the_chain_has_a_message_in_both_languages() throws Exception {
        for (String bundle : new String[]{"audit.properties", "audit_en.properties"}) {
            Properties messages = load(bundle);
            for (ChainVerdict.Problem p : ChainVerdict.Problem.values()) {
                assertThat(messages.getProperty("audit.problem." + p.name())).as(bundle + " " + p.name()).isNotBlank();
            }
        }
    }
}
