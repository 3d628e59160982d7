package org.sabueso.screening.internal;

import org.sabueso.screening.Thresholds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sabueso.screening.internal.index.ScreeningIndex;

@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    @Bean(destroyMethod = "close")
    ScreeningIndex screeningIndex() throws java.io.IOException {
        // rebuilt from PostgreSQL at every start: a private temporary directory per process
        return new ScreeningIndex(java.nio.file.Files.createTempDirectory("sabueso-screening-index"));
    }

    @Bean
    ScreeningEngine screeningEngine(ScreeningIndex index,
                                    @Value("${sabueso.screening.match-threshold:0.85}") double match,
                                    @Value("${sabueso.screening.possible-threshold:0.70}") double possible) {
        return new ScreeningEngine(index, new Thresholds(match, possible));
    }
}
