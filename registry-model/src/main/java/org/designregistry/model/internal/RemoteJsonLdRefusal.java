package org.designregistry.model.internal;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.jsonld.loader.SchemeRouter;
import java.net.URI;
import java.util.List;
import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * Makes every JSON-LD parse in this JVM refuse remote documents: a JSON-LD body whose {@code
 * @context} or {@code @import} names a URL ({@code http:}, {@code https:} or {@code file:}) is
 * refused with a parse error naming the URL, and nothing is fetched or read.
 *
 * <p>Jena's JSON-LD 1.1 reader (Titanium) fetches such documents with the loader of its options,
 * which is Titanium's default scheme router unless a parse passes options of its own in Jena's
 * context. Every parse the registry makes, of a request body at {@code /data} or the API or of a
 * file, uses the default; so the default router's loaders are replaced here, once, when Jena
 * initialises its subsystems (this class is registered as a {@link JenaSubsystemLifecycle}).
 * Setting options in Jena's global context instead would share one options object, whose base IRI
 * Jena sets on each parse, between concurrent parses.
 */
public final class RemoteJsonLdRefusal implements JenaSubsystemLifecycle {

    private static final List<String> SCHEMES = List.of("http", "https", "file");

    /** The loader put in place of the default ones: it refuses every document. */
    static final DocumentLoader REFUSING = RemoteJsonLdRefusal::refuse;

    @Override
    public void start() {
        if (SchemeRouter.defaultInstance() instanceof SchemeRouter router) {
            SCHEMES.forEach(scheme -> router.set(scheme, REFUSING));
        }
    }

    @Override
    public void stop() {}

    @Override
    public int level() {
        // After Jena's own subsystems (RIOT is 20, ARQ 30).
        return 100;
    }

    private static Document refuse(URI url, DocumentLoaderOptions options) throws JsonLdError {
        throw new JsonLdError(
                JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                "Remote JSON-LD document <"
                        + url
                        + "> refused: the registry does not fetch contexts or imports; put the"
                        + " context inline in the document");
    }
}
