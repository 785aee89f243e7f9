package org.designregistry.model.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifiersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "IF-041, if 41",
        "if041, if 41",
        "if 41, if 41",
        "  If--0041 , if 41",
        "BP009, bp 9",
        "BRS003-042, brs 3 42",
        "MHHS-DEL031, mhhs del 31",
        "MSAppSPRequest, msappsprequest",
        "IF-000, if 0",
        "'-- ', ''",
    })
    void normalisesLooselyTypedIdentifiersToOneForm(String typed, String normal) {
        assertThat(Identifiers.normalise(typed)).isEqualTo(normal);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"IF-041, if041", "IF-04, if04", "BRS003-042, brs003042", "'- ', ''"})
    void compactsIdentifiersSoThatTypedPrefixesMatch(String typed, String compact) {
        assertThat(Identifiers.compact(typed)).isEqualTo(compact);
    }
}
