package org.designregistry.server.impact;

import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.baseline.Baselines;
import org.designregistry.model.browse.RegistryBrowser;
import org.designregistry.model.impact.ImpactAnalysis;
import org.designregistry.model.resource.Resources;
import org.designregistry.model.suspect.SuspectLinks;
import org.designregistry.model.trace.Traceability;
import org.designregistry.server.web.WebSliceBeans;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The real engine over an in-memory MHHS sample, for web slice tests: nothing is mocked. It brings
 * the beans every slice needs ({@link WebSliceBeans}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(WebSliceBeans.class)
@EnableConfigurationProperties(ImpactPageProperties.class)
public class SampleRegistryBeans {

    @Bean(destroyMethod = "close")
    Registry registry() {
        Registry registry = Registries.createInMemory();
        registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
        return registry;
    }

    @Bean
    RegistryBrowser registryBrowser(Registry registry) {
        return RegistryBrowser.of(registry);
    }

    @Bean
    ImpactAnalysis impactAnalysis(Registry registry) {
        return ImpactAnalysis.of(registry);
    }

    @Bean
    ReportHeaders reportHeaders(Registry registry) {
        return new ReportHeaders(registry);
    }

    @Bean
    Traceability traceability(Registry registry) {
        return Traceability.of(registry);
    }

    @Bean
    SuspectLinks suspectLinks(Registry registry) {
        return SuspectLinks.of(registry);
    }

    @Bean
    Baselines baselines(Registry registry) {
        return Baselines.of(registry, "https://registry.mhhs.example/id/");
    }

    @Bean
    Resources resources(Registry registry) {
        return Resources.of(registry, "https://registry.mhhs.example/id/");
    }
}
