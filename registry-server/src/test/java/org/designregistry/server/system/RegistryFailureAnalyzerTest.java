package org.designregistry.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.designregistry.model.RegistryException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

class RegistryFailureAnalyzerTest {

    @Test
    void describesAStoreThatCannotBeOpenedWithTheRegistrysMessage() {
        Exception failure =
                new BeanCreationException(
                        "registry",
                        "Bean creation failed",
                        new RegistryException("store is locked"));

        FailureAnalysis analysis = new RegistryFailureAnalyzer().analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .isEqualTo("The registry could not be opened: store is locked");
        assertThat(analysis.getAction()).contains("registry.data");
    }

    @Test
    void leavesOtherFailuresToOtherAnalyzers() {
        assertThat(new RegistryFailureAnalyzer().analyze(new IllegalStateException("other")))
                .isNull();
    }

    @Test
    void isRegisteredWithSpringBoot() {
        // Boot's own analyzers need constructor arguments that only a running application has.
        FailureHandler skipOthers = FailureHandler.handleMessage((message, failure) -> {});

        assertThat(
                        SpringFactoriesLoader.forDefaultResourceLocation()
                                .load(FailureAnalyzer.class, ArgumentResolver.none(), skipOthers))
                .hasAtLeastOneElementOfType(RegistryFailureAnalyzer.class);
    }
}
