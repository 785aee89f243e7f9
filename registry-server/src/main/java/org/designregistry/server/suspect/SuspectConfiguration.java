package org.designregistry.server.suspect;

import org.designregistry.model.Registry;
import org.designregistry.model.suspect.SuspectLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the registry's suspect links. */
@Configuration(proxyBeanMethods = false)
class SuspectConfiguration {

    @Bean
    SuspectLinks suspectLinks(Registry registry) {
        return SuspectLinks.of(registry);
    }
}
