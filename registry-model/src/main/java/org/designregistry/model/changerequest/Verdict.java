package org.designregistry.model.changerequest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.designregistry.model.RegistryException;

/** What a party answers for one item of a change request's impact assessment. */
public enum Verdict {
    /** The change impacts the item: it must be reworked. */
    IMPACTED("impacted", "Impacted"),
    /** The change does not impact the item after all. */
    NOT_IMPACTED("not-impacted", "Not impacted"),
    /** Nobody can tell yet: the item needs analysis. */
    NEEDS_ANALYSIS("needs-analysis", "Needs analysis");

    private final String code;
    private final String label;

    Verdict(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Returns the verdict's name in the API and the stored data, such as {@code not-impacted}. */
    public String code() {
        return code;
    }

    /** Returns the verdict in words, such as {@code Not impacted}. */
    public String label() {
        return label;
    }

    /**
     * Returns the verdict a code names, ignoring case ({@code NOT_IMPACTED} is read too).
     *
     * @throws RegistryException naming the three codes if it names none
     */
    public static Verdict parse(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values())
                .filter(v -> v.code.equals(wanted))
                .findFirst()
                .orElseThrow(
                        () ->
                                new RegistryException(
                                        "Unknown verdict '"
                                                + code
                                                + "': expected one of "
                                                + Arrays.stream(values())
                                                        .map(Verdict::code)
                                                        .collect(Collectors.joining(", "))));
    }
}
