package org.sabueso.screening.internal;

import java.nio.file.Path;

import org.sabueso.screening.Thresholds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    @Bean(destroyMethod = "close")
    ScreeningIndex screeningIndex(@Value("${sabueso.data-dir:./data}") Path dataDir) {
        return new ScreeningIndex(dataDir.resolve("screening-index").toAbsolutePath());
    }

    @Bean
    ScreeningEngine screeningEngine(ScreeningIndex index,
                                    @Value("${sabueso.screening.match-threshold:0.85}") double match,
                                    @Value("${sabueso.screening.possible-threshold:0.70}") double possible) {
        return new ScreeningEngine(index, new Thresholds(match, possible));
    }
}
