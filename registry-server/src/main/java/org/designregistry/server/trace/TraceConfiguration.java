package org.designregistry.server.trace;

import org.designregistry.model.Registry;
import org.designregistry.model.trace.Traceability;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the registry's {@link Traceability}. */
@Configuration(proxyBeanMethods = false)
class TraceConfiguration {

    @Bean
    Traceability traceability(Registry registry) {
        return Traceability.of(registry);
    }
}
