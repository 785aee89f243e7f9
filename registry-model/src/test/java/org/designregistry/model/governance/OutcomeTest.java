package org.designregistry.model.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.designregistry.model.RegistryException;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void readsACodeARomanNumeralAConceptNameOrIri() {
        assertThat(Outcome.parse("accept-subject-to-work"))
                .isEqualTo(Outcome.ACCEPT_SUBJECT_TO_WORK);
        assertThat(Outcome.parse("iii")).isEqualTo(Outcome.REFER_FOR_WORK);
        assertThat(Outcome.parse("ReferToPSG")).isEqualTo(Outcome.REFER_TO_PSG);
        assertThat(Outcome.parse("https://w3id.org/design-registry/outcome/Reject"))
                .isEqualTo(Outcome.REJECT);
        assertThat(Outcome.ofConcept(Outcome.ACCEPT.concept().getURI())).contains(Outcome.ACCEPT);
    }

    @Test
    void refusesAnUnknownOutcomeNamingTheCodes() {
        assertThatThrownBy(() -> Outcome.parse("approve"))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("'approve'")
                .hasMessageContaining(
                        "accept, reject, refer-for-work, accept-subject-to-work, refer-to-psg");
    }
}
