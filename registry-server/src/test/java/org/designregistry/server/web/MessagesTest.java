package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.designregistry.model.browse.Listing.Facet;
import org.designregistry.model.catalog.Ref;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void namesEveryKindInTheSingularAndPlural() throws Exception {
        Properties messages = messages();

        for (Ref.Kind kind : Ref.Kind.values()) {
            assertThat(messages.getProperty("kind." + kind.kindName()))
                    .as(kind.kindName())
                    .isNotBlank();
            assertThat(messages.getProperty("kind." + kind.kindName() + ".plural"))
                    .as(kind.kindName())
                    .isNotBlank();
        }
    }

    @Test
    void namesEveryFacet() throws Exception {
        Properties messages = messages();

        for (Facet facet : Facet.values()) {
            assertThat(messages.getProperty("facet." + facet.label()))
                    .as(facet.label())
                    .isNotBlank();
        }
    }

    private static Properties messages() throws Exception {
        Properties messages = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages.properties")) {
            messages.load(in);
        }
        return messages;
    }
}
