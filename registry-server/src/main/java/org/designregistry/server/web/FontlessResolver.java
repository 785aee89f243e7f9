package org.designregistry.server.web;

import java.io.IOException;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.PathResourceResolver;

/** Resolves GOV.UK Frontend's files, except its fonts (see {@link FallbackFontCss}). */
final class FontlessResolver extends PathResourceResolver {

    @Override
    protected Resource getResource(String resourcePath, Resource location) throws IOException {
        if (resourcePath.startsWith("assets/fonts/")) {
            return null;
        }
        return super.getResource(resourcePath, location);
    }
}
