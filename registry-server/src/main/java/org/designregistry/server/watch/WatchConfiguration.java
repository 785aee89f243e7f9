package org.designregistry.server.watch;

import org.designregistry.model.Registry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the watch lists: in the registry's data folder, or in memory for a registry in memory.
 */
@Configuration(proxyBeanMethods = false)
class WatchConfiguration {

    @Bean
    WatchStore watchStore(Registry registry) {
        return registry.location().map(WatchStore::in).orElseGet(WatchStore::inMemory);
    }
}
