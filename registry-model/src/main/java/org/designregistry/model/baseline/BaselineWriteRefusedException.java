package org.designregistry.model.baseline;

import java.util.List;
import org.designregistry.model.RegistryException;

/**
 * A write was refused because it would change a frozen baseline's record, or freeze a baseline
 * other than through {@link Baselines}; nothing was stored.
 */
public class BaselineWriteRefusedException extends RegistryException {

    private final List<String> baselines;

    /**
     * @param frozen the IRIs of the frozen baselines the write changed
     * @param forged the IRIs of the resources the write gave a {@code dr:frozenAtChange}
     */
    BaselineWriteRefusedException(List<String> frozen, List<String> forged) {
        super(message(frozen, forged));
        this.baselines = java.util.stream.Stream.concat(frozen.stream(), forged.stream()).toList();
    }

    /** Returns the IRIs of the baselines the refused write would have changed or made. */
    public List<String> baselines() {
        return baselines;
    }

    private static String message(List<String> frozen, List<String> forged) {
        StringBuilder text = new StringBuilder();
        if (!frozen.isEmpty()) {
            text.append("A frozen baseline cannot change: this write alters ")
                    .append(String.join(", ", frozen))
                    .append(
                            ". Create a new baseline instead (POST /api/baselines, or 'registry"
                                    + " baseline create')");
        }
        if (!forged.isEmpty()) {
            if (text.length() > 0) {
                text.append("; and ");
            }
            text.append(
                            "only the registry freezes baselines (dr:frozenAtChange), with POST"
                                    + " /api/baselines or 'registry baseline create': this write states it"
                                    + " for ")
                    .append(String.join(", ", forged));
        }
        return text.append("; nothing was stored").toString();
    }
}
