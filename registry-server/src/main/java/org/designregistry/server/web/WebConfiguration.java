package org.designregistry.server.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * Serves GOV.UK Frontend from its webjar at {@value #GOVUK_PATH}: the stylesheet (without the GDS
 * Transport font), the JavaScript and the images; Cytoscape.js, which draws the impact graph, at
 * {@value #CYTOSCAPE_PATH}; and YASGUI's bundle, the SPARQL page's editor and results view, at
 * {@value #YASGUI_PATH}. Nothing comes from a CDN.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** Where pages find GOV.UK Frontend's {@code dist/govuk} folder. */
    static final String GOVUK_PATH = "/assets/govuk/";

    /** Where pages find Cytoscape.js's {@code dist} folder. */
    static final String CYTOSCAPE_PATH = "/assets/cytoscape/";

    /** Where pages find YASGUI's {@code build} folder ({@code yasgui.min.js} and its CSS). */
    static final String YASGUI_PATH = "/assets/yasgui/";

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
        serveWebjar(registry, CYTOSCAPE_PATH, "cytoscape", "dist/");
        serveWebjar(registry, YASGUI_PATH, "zazuko__yasgui", "build/");
    }

    private static void serveWebjar(
            ResourceHandlerRegistry registry, String path, String webjar, String folder) {
        registry.addResourceHandler(path + "**")
                .addResourceLocations(
                        "classpath:/META-INF/resources/webjars/"
                                + webjar
                                + "/"
                                + webjarVersion(webjar)
                                + "/"
                                + folder)
                .setCacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
    }

    /** Returns the version of the GOV.UK Frontend webjar on the classpath. */
    static String govukFrontendVersion() {
        return webjarVersion(WEBJAR);
    }

    /** Returns the version of a webjar on the classpath, failing when it is missing. */
    static String webjarVersion(String webjar) {
        String version = new WebJarVersionLocator().version(webjar);
        if (version == null) {
            throw new IllegalStateException(
                    "The " + webjar + " webjar is not on the classpath: the pages need it");
        }
        return version;
    }
}
