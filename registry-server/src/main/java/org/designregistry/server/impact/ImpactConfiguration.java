package org.designregistry.server.impact;

import org.designregistry.model.Registry;
import org.designregistry.model.impact.ImpactAnalysis;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the registry's one {@link ImpactAnalysis}, which holds the index, and the header blocks
 * of the reports.
 */
@Configuration(proxyBeanMethods = false)
class ImpactConfiguration {

    @Bean
    ImpactAnalysis impactAnalysis(Registry registry) {
        return ImpactAnalysis.of(registry);
    }

    @Bean
    ReportHeaders reportHeaders(Registry registry) {
        return new ReportHeaders(registry);
    }
}
