package org.designregistry.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Serves GOV.UK Frontend's stylesheet without the GDS Transport font: it drops the
 * {@code @font-face} rules and the font's name from every font stack, leaving GOV.UK's own
 * fallback, {@code arial, sans-serif}. The font's licence allows it only on service.gov.uk domains,
 * so the app neither serves nor asks for it.
 */
final class FallbackFontCss implements ResourceTransformer {

    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{[^}]*}");
    private static final Pattern GDS_TRANSPORT =
            Pattern.compile("(?:\"GDS Transport\"|'GDS Transport'|GDS Transport)\\s*,\\s*");

    @Override
    public Resource transform(
            HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
            throws IOException {
        Resource transformed = chain.transform(request, resource);
        String name = transformed.getFilename();
        if (name == null || !name.endsWith(".css")) {
            return transformed;
        }
        String css = transformed.getContentAsString(StandardCharsets.UTF_8);
        return new TransformedResource(transformed, strip(css).getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the stylesheet without GDS Transport's font faces and without it in font stacks. */
    static String strip(String css) {
        return GDS_TRANSPORT.matcher(FONT_FACE.matcher(css).replaceAll("")).replaceAll("");
    }
}
