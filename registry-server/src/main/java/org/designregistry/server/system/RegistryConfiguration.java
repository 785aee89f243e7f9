package org.designregistry.server.system;

import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.resource.Resources;
import org.designregistry.server.web.LimitsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the application's one {@link Registry}, opened on the configured store folder. */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    /**
     * Returns the registry on {@code registry.data}, refusing terms over {@code registry.limits.*},
     * with the MHHS sample loaded if the store was empty; Spring closes it on shutdown.
     */
    @Bean(destroyMethod = "close")
    Registry registry(RegistryProperties properties, LimitsProperties limits) {
        Registry registry = Registries.connect(properties.dataDir(), limits.termLimits());
        try {
            MhhsSample.loadIfEmpty(registry);
            return registry;
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
    }

    /**
     * Returns the generic resource reads and edits, minting IRIs under {@code registry.base-iri};
     * edits change decisions only when the signed-in user's {@code rights} allow it.
     */
    @Bean
    Resources resources(Registry registry, RegistryProperties properties, WriteRights rights) {
        return Resources.of(registry, properties.baseIri(), rights);
    }
}
