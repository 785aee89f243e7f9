package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FallbackFontCssTest {

    @Test
    void dropsTheFontFacesOfGdsTransport() {
        String css =
                "a{color:red}@font-face{font-family:GDS Transport;font-weight:400;"
                        + "src:url(/assets/fonts/light.woff2) format(\"woff2\")}b{color:blue}";

        assertThat(FallbackFontCss.strip(css)).isEqualTo("a{color:red}b{color:blue}");
    }

    @Test
    void takesGdsTransportOutOfFontStacksHoweverItIsQuoted() {
        assertThat(FallbackFontCss.strip(".a{font-family:GDS Transport,arial,sans-serif}"))
                .isEqualTo(".a{font-family:arial,sans-serif}");
        assertThat(FallbackFontCss.strip(".a{font-family:\"GDS Transport\", arial, sans-serif}"))
                .isEqualTo(".a{font-family:arial, sans-serif}");
        assertThat(FallbackFontCss.strip(".a{font-family:'GDS Transport',arial}"))
                .isEqualTo(".a{font-family:arial}");
    }

    @Test
    void leavesOtherStylesAlone() {
        String css = ".govuk-body{font-family:sans-serif;margin:0}";

        assertThat(FallbackFontCss.strip(css)).isEqualTo(css);
    }
}
