package org.designregistry.server.changerequest;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How change requests are assessed, and who answers for which parties: {@code
 * registry.change-requests.*}.
 *
 * <pre>
 * registry.change-requests.assessment-depth=3
 * registry.change-requests.response-working-days=10
 * registry.change-requests.answerers[edith]=body:BPRWG,workstream:SMART
 * </pre>
 *
 * @param assessmentDepth the number of links a change request's impact assessment follows at most
 *     (default 3, as the impact page)
 * @param responseWorkingDays the working days impacted parties have to answer when the raiser sets
 *     no deadline (default 10)
 * @param answerers for each user name, parties (workstreams, working groups: references or IRIs)
 *     whose impacted items they triage on top of the groups their person is a member of in the
 *     graph ({@code org:memberOf}); {@code ?awaiting=me} lists the items of both
 */
@ConfigurationProperties("registry.change-requests")
public record ChangeRequestProperties(
        @DefaultValue("3") int assessmentDepth,
        @DefaultValue("10") int responseWorkingDays,
        Map<String, List<String>> answerers) {

    /** Makes a missing map empty. */
    public ChangeRequestProperties {
        answerers = answerers == null ? Map.of() : Map.copyOf(answerers);
    }
}
