package org.designregistry.model.archimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.designregistry.ontology.ArchiMate;
import org.junit.jupiter.api.Test;

class ExchangeReaderTest {

    static final String MODEL = "archimate/switching-model.xml";
    private static final String HEAD =
            "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\""
                    + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"id-m\">"
                    + "<name>m</name>";

    static ExchangeModel switchingModel() throws Exception {
        try (InputStream in =
                ExchangeReaderTest.class.getClassLoader().getResourceAsStream(MODEL)) {
            return ArchiMateExchange.read(in, "switching-model.xml", 10_000_000);
        }
    }

    @Test
    void readsEveryElementTypeWithItsNameDocumentationPropertiesAndFolder() throws Exception {
        ExchangeModel model = switchingModel();

        assertThat(model.identifier()).isEqualTo("id-switching-model");
        assertThat(model.name()).isEqualTo("Switching model");
        assertThat(model.elements())
                .extracting(ExchangeModel.Element::type)
                .containsExactlyInAnyOrderElementsOf(ArchiMate.ELEMENT_TYPES);
        ExchangeModel.Element process =
                model.elements().stream()
                        .filter(e -> e.identifier().equals("id-BusinessProcess"))
                        .findFirst()
                        .orElseThrow();
        assertThat(process.name()).isEqualTo("Change of Supplier");
        assertThat(process.documentation())
                .contains("The Change of Supplier of the switching design.");
        assertThat(process.properties()).containsExactly("Owner: Registrations", "Status: Draft");
        assertThat(process.folder()).containsExactly("Business", "Processes");
    }

    @Test
    void readsEveryRelationshipTypeAndAccessType() throws Exception {
        ExchangeModel model = switchingModel();

        assertThat(model.relationships().stream().map(ExchangeModel.Relationship::type))
                .containsAll(RelationshipTypes.XSI_TYPES);
        Set<String> accessTypes =
                model.relationships().stream()
                        .map(ExchangeModel.Relationship::accessType)
                        .flatMap(Optional::stream)
                        .collect(Collectors.toSet());
        assertThat(accessTypes).containsExactlyInAnyOrderElementsOf(RelationshipTypes.ACCESS_TYPES);
    }

    @Test
    void refusesADoctypeSoThatNoEntityIsExpanded() {
        String xxe =
                "<?xml version=\"1.0\"?><!DOCTYPE model [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + HEAD
                        + "<elements><element identifier=\"a\" xsi:type=\"Goal\"><name>&x;</name>"
                        + "</element></elements></model>";

        assertThatThrownBy(() -> read(xxe))
                .isInstanceOf(ArchiMateFormatException.class)
                .hasMessageContaining("hostile.xml")
                .hasMessageContaining("DTD")
                .hasMessageNotContaining("root:");
    }

    @Test
    void refusesAFileOverItsSizeLimitNamingTheLimit() {
        byte[] big =
                (HEAD + "<documentation>" + "x".repeat(5_000) + "</documentation></model>")
                        .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(
                        () ->
                                ArchiMateExchange.read(
                                        new ByteArrayInputStream(big), "big.xml", 1_000))
                .isInstanceOf(ArchiMateFormatException.class)
                .hasMessageContaining("big.xml is larger than 1000 bytes")
                .hasMessageContaining("the most an exchange file may hold");
    }

    @Test
    void refusesAnUnknownElementTypeNamingItsLine() {
        String xml =
                HEAD
                        + "\n<elements>\n<element identifier=\"a\" xsi:type=\"Spaceship\"/>"
                        + "</elements></model>";

        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(ArchiMateFormatException.class)
                .hasMessageContaining("hostile.xml line 3")
                .hasMessageContaining("unknown type 'Spaceship'");
    }

    @Test
    void refusesARelationshipToSomethingThatIsNotAnElementOfTheModel() {
        String xml =
                HEAD
                        + "<elements><element identifier=\"a\" xsi:type=\"Goal\"><name>a</name>"
                        + "</element></elements><relationships><relationship identifier=\"r\" source=\"a\""
                        + " target=\"b\" xsi:type=\"Influence\"/></relationships></model>";

        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(ArchiMateFormatException.class)
                .hasMessageContaining(
                        "relationship r connects b, which is no element of the model");
    }

    @Test
    void refusesXmlThatIsNotAnExchangeModel() {
        assertThatThrownBy(() -> read("<workbook/>"))
                .isInstanceOf(ArchiMateFormatException.class)
                .hasMessageContaining("not an ArchiMate exchange model");
        assertThatThrownBy(() -> read("PK\u0003\u0004 not xml"))
                .isInstanceOf(ArchiMateFormatException.class)
                .hasMessageContaining("hostile.xml");
    }

    @Test
    void writesAModelThatTheOpenGroupSchemaAcceptsAndThatReadsBackTheSame() throws Exception {
        ExchangeModel model = switchingModel();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ExchangeWriter.write(model, out);

        ExchangeSchema.validate(out.toByteArray());
        ExchangeModel again =
                ArchiMateExchange.read(
                        new ByteArrayInputStream(out.toByteArray()), "out.xml", 10_000_000);
        assertThat(again.elements()).containsExactlyElementsOf(model.elements());
        assertThat(again.relationships()).containsExactlyElementsOf(model.relationships());
    }

    @Test
    void theSchemaRejectsAModelThatBreaksIt() {
        byte[] broken =
                (HEAD
                                + "<elements><element identifier=\"a\" xsi:type=\"Spaceship\">"
                                + "<name>a</name></element></elements></model>")
                        .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ExchangeSchema.validate(broken)).hasMessageContaining("Spaceship");
    }

    private static ExchangeModel read(String xml) {
        return ArchiMateExchange.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                "hostile.xml",
                1_000_000);
    }
}
