package org.designregistry.server.system;

import java.nio.file.Path;
import java.util.Locale;
import org.designregistry.model.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Logs one line when the server is ready: its address, its store and the store's size. */
@Component
class ReadyLogger {

    private static final Logger log = LoggerFactory.getLogger(ReadyLogger.class);

    private final Registry registry;
    private final Environment environment;

    ReadyLogger(Registry registry, Environment environment) {
        this.registry = registry;
        this.environment = environment;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web
                && web.getWebServer() != null) {
            String contextPath = environment.getProperty("server.servlet.context-path", "");
            log.info(
                    readyLine(
                            web.getWebServer().getPort(),
                            contextPath,
                            registry.location().orElse(null),
                            registry.size()));
        }
    }

    /**
     * Returns the ready line, such as {@code Design Registry ready at http://localhost:8080/ (store
     * /srv/data, 123,456 triples)}.
     */
    static String readyLine(int port, String contextPath, Path store, long triples) {
        String path = contextPath == null || contextPath.isEmpty() ? "/" : contextPath + "/";
        return String.format(
                Locale.ROOT,
                "Design Registry ready at http://localhost:%d%s (store %s, %,d triples)",
                port,
                path,
                store == null ? "in memory" : store,
                triples);
    }
}
