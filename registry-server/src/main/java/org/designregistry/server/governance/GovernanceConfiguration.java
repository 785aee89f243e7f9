package org.designregistry.server.governance;

import java.time.Clock;
import org.designregistry.model.Registry;
import org.designregistry.model.governance.DecisionPublications;
import org.designregistry.model.governance.Governance;
import org.designregistry.model.governance.PublicationRule;
import org.designregistry.model.governance.WorkingDayCalendar;
import org.designregistry.model.resource.Resources;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the publication rule, built from {@link GovernanceProperties}, the governance workflow
 * (minting IRIs under {@code registry.base-iri}), and the clock that says what "today" is (the
 * system's, unless a test or an operator supplies another).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GovernanceProperties.class)
class GovernanceConfiguration {

    @Bean
    PublicationRule publicationRule(GovernanceProperties properties) {
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        if (properties.bankHolidays() != null) {
            calendar = calendar.withHolidaysFrom(properties.bankHolidays());
        }
        return new PublicationRule(
                calendar, properties.publicationWorkingDays(), properties.dueSoonWorkingDays());
    }

    @Bean
    DecisionPublications decisionPublications(Registry registry, PublicationRule rule) {
        return DecisionPublications.of(registry, rule);
    }

    @Bean
    Governance governance(
            Registry registry, Resources resources, PublicationRule rule, Clock clock) {
        return Governance.of(registry, resources.baseIri(), rule, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
