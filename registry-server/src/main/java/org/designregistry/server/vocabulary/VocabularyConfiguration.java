package org.designregistry.server.vocabulary;

import org.designregistry.model.Registry;
import org.designregistry.model.vocabulary.Vocabulary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the {@link Vocabulary} the vocabulary's pages read. */
@Configuration(proxyBeanMethods = false)
class VocabularyConfiguration {

    /** Returns the vocabulary of the application's registry. */
    @Bean
    Vocabulary vocabulary(Registry registry) {
        return Vocabulary.of(registry);
    }
}
