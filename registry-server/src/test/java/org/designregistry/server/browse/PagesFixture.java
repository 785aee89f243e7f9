package org.designregistry.server.browse;

import java.util.List;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.baseline.Baselines;
import org.designregistry.model.resource.Resources;
import org.designregistry.model.suspect.SuspectLinks;
import org.designregistry.server.web.WebSliceBeans;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The registry the page slice tests read: in memory, loaded with {@code browse/registry.ttl}, and
 * the browser over it.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({BrowseConfiguration.class, WebSliceBeans.class})
public class PagesFixture {

    /** The fixture's resource IRIs start with this. */
    public static final String ID = "https://registry.test/id/";

    @Bean(destroyMethod = "close")
    Registry registry() {
        Registry registry = Registries.createInMemory();
        registry.loadSources(List.of(RdfSource.classpath("browse/registry.ttl")));
        return registry;
    }

    @Bean
    Baselines baselines(Registry registry) {
        return Baselines.of(registry, ID);
    }

    @Bean
    SuspectLinks suspectLinks(Registry registry) {
        return SuspectLinks.of(registry);
    }

    @Bean
    Resources resources(Registry registry) {
        return Resources.of(registry, ID);
    }
}
