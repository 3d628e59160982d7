package org.sabueso.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Spanish unless the request says {@code lang=en}. The locale is never stored: a cookie or a
 * session would follow visitors of the public portal, so it travels in the links instead.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    /** Replaces Spring Boot's Accept-Language resolver (bean name {@code localeResolver}). */
    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return Languages.of(request);
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("the language is chosen by the 'lang' parameter of each request");
            }
        };
    }
}
