package org.designregistry.server.changerequest;

import java.time.Clock;
import org.designregistry.model.Registry;
import org.designregistry.model.changerequest.ChangeRequestSettings;
import org.designregistry.model.changerequest.ChangeRequests;
import org.designregistry.model.governance.Governance;
import org.designregistry.model.governance.PublicationRule;
import org.designregistry.model.impact.ImpactAnalysis;
import org.designregistry.model.resource.Resources;
import org.designregistry.server.system.RegistryProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the registry's change requests, assessed by the one impact analysis, with deadlines
 * counted in the working days of the publication rule (so an operator's extra bank holidays count
 * here too).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChangeRequestProperties.class)
class ChangeRequestConfiguration {

    @Bean
    ChangeRequests changeRequests(
            Registry registry,
            ImpactAnalysis analysis,
            RegistryProperties registryProperties,
            ChangeRequestProperties properties,
            PublicationRule rule,
            Clock clock) {
        return ChangeRequests.of(
                registry,
                analysis,
                registryProperties.baseIri(),
                new ChangeRequestSettings(
                        properties.assessmentDepth(),
                        properties.responseWorkingDays(),
                        rule.calendar(),
                        clock));
    }

    @Bean
    Answerers answerers(
            ChangeRequestProperties properties, Resources resources, Governance governance) {
        return new Answerers(properties, resources, governance);
    }
}
