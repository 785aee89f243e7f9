package org.designregistry.server.browse;

import org.designregistry.model.Registry;
import org.designregistry.model.browse.RegistryBrowser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the {@link RegistryBrowser} the pages read the registry through. */
@Configuration(proxyBeanMethods = false)
public class BrowseConfiguration {

    /** Returns the browser over the application's registry. */
    @Bean
    RegistryBrowser registryBrowser(Registry registry) {
        return RegistryBrowser.of(registry);
    }
}
