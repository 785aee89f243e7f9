package org.designregistry.server.governance;

import java.time.Clock;
import org.designregistry.model.Registry;
import org.designregistry.model.governance.DecisionPublications;
import org.designregistry.model.governance.PublicationRule;
import org.designregistry.model.governance.WorkingDayCalendar;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the publication rule, built from {@link GovernanceProperties}, and the clock that says
 * what "today" is (the system's, unless a test or an operator supplies another).
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
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
