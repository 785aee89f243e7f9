package org.designregistry.server.cli;

import java.time.Clock;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.governance.Governance;
import org.designregistry.model.governance.PublicationRule;
import org.designregistry.model.governance.WorkingDayCalendar;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.resource.Resources;
import org.designregistry.server.governance.WorkflowRefs;

/**
 * What the governance workflow's commands share: the workflow of an open store, names turned into
 * IRIs, and the change context they write in ({@code cli:<user>}, route {@value #ROUTE}). The
 * command line acts as the store's owner, as {@code load} and {@code revert} do, so it may record
 * decisions; a server's users go through its roles instead.
 */
final class WorkflowCli {

    /** The route recorded for the workflow steps taken from the command line. */
    static final String ROUTE = "cli";

    private final Governance governance;
    private final WorkflowRefs refs;

    private WorkflowCli(Governance governance, Resources resources) {
        this.governance = governance;
        this.refs = new WorkflowRefs(resources);
    }

    /** Returns the workflow of an open store whose resources are named under {@code baseIri}. */
    static WorkflowCli of(Registry store, String baseIri) {
        String base = baseIri == null ? BaselineCommand.DEFAULT_BASE_IRI : baseIri;
        return new WorkflowCli(
                Governance.of(
                        store,
                        base,
                        PublicationRule.designAdvisoryGroup(WorkingDayCalendar.englandAndWales()),
                        Clock.systemDefaultZone()),
                Resources.of(store, base));
    }

    Governance governance() {
        return governance;
    }

    /** Returns the change context of a step, with the user's message if they gave one. */
    static ChangeContext context(String message) {
        return ChangeContext.of(CliPrincipal.name(), ROUTE, message, null);
    }

    /**
     * Returns the IRI that {@code text} names: an IRI, a reference such as {@code artefact:DES138},
     * or a bare identifier of the kind expected.
     *
     * @throws RegistryException naming the option when it is blank or names nothing
     */
    String iri(String text, Ref.Kind expected, String option) {
        return refs.iri(text, expected, option);
    }

    /** Returns the identifier at the end of an IRI minted as {@code <base><kind>/<identifier>}. */
    static String identifier(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
