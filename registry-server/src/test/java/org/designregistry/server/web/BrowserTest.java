package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class BrowserTest {

    @Test
    void runsBrowserTestsWhenChromiumIsThere() {
        assertThatCode(() -> Browser.require(true, "true")).doesNotThrowAnyException();
        assertThatCode(() -> Browser.require(true, null)).doesNotThrowAnyException();
    }

    @Test
    void skipsThemWithAMessageWhenChromiumIsMissingOutsideCi() {
        assertThatThrownBy(() -> Browser.require(false, null))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("/usr/bin/chromium")
                .hasMessageContaining("CI is not true");
        assertThatThrownBy(() -> Browser.require(false, "false"))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void failsThemWhenChromiumIsMissingInCi() {
        assertThatThrownBy(() -> Browser.require(false, "true"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("CI=true");
    }
}
