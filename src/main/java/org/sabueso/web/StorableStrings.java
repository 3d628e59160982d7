package org.sabueso.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON bodies are checked where they are read: every string value (in a record, a list or a map)
 * goes through {@link StorableText}, and one that is not taken in fails the read with
 * {@link Refused}, which carries the field's path ({@code subject.aliases[2]}) so the answer can
 * name it. Spring Boot adds this module to the application's JSON mapper.
 */
@Configuration(proxyBeanMethods = false)
class StorableStrings {

    /** A string value that is not taken in; Jackson adds the path of the field as it unwinds. */
    static final class Refused extends MismatchedInputException {
        Refused(JsonParser p) {
            super(p, UnstorableInput.DETAIL, String.class);
        }
    }

    private static final class Checked extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (!StorableText.taken(value)) {
                throw new Refused(p);
            }
            return value;
        }
    }

    @Bean
    JacksonModule storableStringsModule() {
        return new SimpleModule("storable-strings").addDeserializer(String.class, new Checked());
    }
}
