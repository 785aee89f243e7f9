package org.designregistry.server.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * Serves GOV.UK Frontend from its webjar at {@value #GOVUK_PATH}: the stylesheet (without the GDS
 * Transport font), the JavaScript and the images. Nothing comes from a CDN.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** Where pages find GOV.UK Frontend's {@code dist/govuk} folder. */
    static final String GOVUK_PATH = "/assets/govuk/";

    private static final String WEBJAR = "govuk-frontend";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(GOVUK_PATH + "**")
                .addResourceLocations(
                        "classpath:/META-INF/resources/webjars/"
                                + WEBJAR
                                + "/"
                                + govukFrontendVersion()
                                + "/dist/govuk/")
                .setCacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .resourceChain(true)
                .addResolver(new FontlessResolver())
                .addTransformer(new FallbackFontCss());
    }

    /** Returns the version of the GOV.UK Frontend webjar on the classpath. */
    static String govukFrontendVersion() {
        String version = new WebJarVersionLocator().version(WEBJAR);
        if (version == null) {
            throw new IllegalStateException(
                    "The " + WEBJAR + " webjar is not on the classpath: the pages need its styles");
        }
        return version;
    }
}
