package org.designregistry.server.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.util.unit.DataSize;

/**
 * What every {@code @WebMvcTest} slice needs besides its controller: the body-size filter is a
 * servlet filter, so slices create it, and it needs the request limits and the problem writer.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProblemWriter.class)
public class WebSliceBeans {

    /** The default request limits. */
    @Bean
    LimitsProperties limits() {
        return new LimitsProperties(
                DataSize.ofMegabytes(10),
                DataSize.ofMegabytes(50),
                java.time.Duration.ofSeconds(60),
                4096,
                1_048_576,
                256);
    }

    /** The default read admission: twice the cores at once, a 30-second queue. */
    @Bean
    ReadAdmissionProperties readAdmission() {
        return new ReadAdmissionProperties(0, java.time.Duration.ofSeconds(30));
    }
}
