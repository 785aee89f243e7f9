package org.designregistry.server.history;

import org.designregistry.server.web.ProblemWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the filter that tells the change history who writes, how and why. */
@Configuration(proxyBeanMethods = false)
class HistoryConfiguration {

    /**
     * After Spring Security's filters (at -100), so that the request is signed in, and before the
     * SPARQL filter (at 0), which carries the context to its own thread.
     */
    static final int ORDER = -50;

    @Bean
    FilterRegistrationBean<ChangeContextFilter> changeContextFilter(ProblemWriter problems) {
        FilterRegistrationBean<ChangeContextFilter> registration =
                new FilterRegistrationBean<>(new ChangeContextFilter(problems));
        registration.addUrlPatterns("/*");
        registration.setName("changeContext");
        registration.setOrder(ORDER);
        return registration;
    }
}
