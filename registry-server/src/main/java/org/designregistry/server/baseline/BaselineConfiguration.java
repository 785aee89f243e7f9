package org.designregistry.server.baseline;

import org.designregistry.model.Registry;
import org.designregistry.model.baseline.Baselines;
import org.designregistry.server.system.RegistryProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the registry's baselines, named under {@code registry.base-iri}. */
@Configuration(proxyBeanMethods = false)
class BaselineConfiguration {

    @Bean
    Baselines baselines(Registry registry, RegistryProperties properties) {
        return Baselines.of(registry, properties.baseIri());
    }
}
