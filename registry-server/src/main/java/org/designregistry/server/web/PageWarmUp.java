package org.designregistry.server.web;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.designregistry.model.Commit;
import org.designregistry.model.CommitListener;
import org.designregistry.model.Registry;
import org.designregistry.model.browse.ListQuery;
import org.designregistry.model.browse.RegistryBrowser;
import org.designregistry.model.trace.Traceability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Computes what the home and gaps pages read from the whole graph (the validation health, the
 * listing's facets, the coverage gaps) on a background thread when the server is ready and after
 * writes, so that a reader seldom waits for it: on a large registry it takes seconds, and the pages
 * would otherwise compute it on the first view after a write. After a write it waits {@value
 * #AFTER_WRITE_SECONDS} seconds, gathering the writes of that time into one run, so that a burst of
 * writes costs one validation rather than one each.
 */
@Component
class PageWarmUp implements CommitListener, DisposableBean {

    /** How long after a write the pages' data is computed again. */
    static final int AFTER_WRITE_SECONDS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(PageWarmUp.class);

    private final Registry registry;
    private final RegistryBrowser browser;
    private final Traceability trace;
    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(
                    r -> {
                        Thread t = new Thread(r, "page-warm-up");
                        t.setDaemon(true);
                        t.setPriority(Thread.MIN_PRIORITY);
                        return t;
                    });
    private final AtomicBoolean queued = new AtomicBoolean();

    PageWarmUp(Registry registry, RegistryBrowser browser, Traceability trace) {
        this.registry = registry;
        this.browser = browser;
        this.trace = trace;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        registry.addCommitListener(this);
        schedule(0);
    }

    @Override
    public void committed(Commit commit) {
        schedule(AFTER_WRITE_SECONDS);
    }

    private void schedule(int seconds) {
        if (queued.compareAndSet(false, true)) {
            thread.schedule(this::warm, seconds, TimeUnit.SECONDS);
        }
    }

    private void warm() {
        queued.set(false);
        try {
            browser.list(ListQuery.all());
            browser.health();
            trace.gaps();
        } catch (RuntimeException e) {
            // A page that needs it computes it again and shows its own error; nothing is lost.
            LOG.warn("Could not compute the home and gaps pages ahead of time: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        registry.removeCommitListener(this);
        thread.shutdownNow();
    }
}
