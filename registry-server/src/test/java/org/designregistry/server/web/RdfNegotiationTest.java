package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class RdfNegotiationTest {

    private static final List<MediaType> OFFERS =
            List.of(
                    MediaType.valueOf("text/turtle"),
                    MediaType.valueOf("application/ld+json"),
                    MediaType.TEXT_HTML);

    @Test
    void givesTheFirstOfferForAnythingOrNoHeader() {
        assertThat(RdfNegotiation.choose("*/*", OFFERS)).contains(OFFERS.get(0));
        assertThat(RdfNegotiation.choose(null, OFFERS)).contains(OFFERS.get(0));
        assertThat(RdfNegotiation.choose("not a media type;;", OFFERS)).contains(OFFERS.get(0));
    }

    @Test
    void prefersAnExactTypeToAWildcardOfTheSameQuality() {
        assertThat(
                        RdfNegotiation.choose(
                                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                                OFFERS))
                .contains(MediaType.TEXT_HTML);
        assertThat(RdfNegotiation.choose("application/*", OFFERS)).contains(OFFERS.get(1));
    }

    @Test
    void followsQualityValues() {
        assertThat(RdfNegotiation.choose("text/turtle;q=0.5, application/ld+json", OFFERS))
                .contains(OFFERS.get(1));
    }

    @Test
    void findsNothingWhenNoOfferIsAccepted() {
        assertThat(RdfNegotiation.choose("image/png", OFFERS)).isEmpty();
        assertThat(RdfNegotiation.choose("text/turtle;q=0", OFFERS.subList(0, 1))).isEmpty();
    }
}
