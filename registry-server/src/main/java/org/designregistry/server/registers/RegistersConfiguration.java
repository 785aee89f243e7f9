package org.designregistry.server.registers;

import org.designregistry.model.Registry;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.imports.Imports;
import org.designregistry.server.system.RegistryProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The imports of the served registry, minting IRIs under its base and asking the user's rights. */
@Configuration(proxyBeanMethods = false)
class RegistersConfiguration {

    /** Returns the imports, whose commits change decisions only when the user's rights allow. */
    @Bean
    Imports imports(Registry registry, RegistryProperties properties, WriteRights rights) {
        return Imports.of(registry, properties.baseIri(), rights);
    }
}
