package org.designregistry.model.archimate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;

/**
 * The Open Group's exchange format schema (archimate3_Diagram.xsd, which includes the view and
 * model schemas) from the test resources, with {@code xml.xsd} resolved locally: nothing is read
 * from the network.
 */
final class ExchangeSchema {

    private static final String XML_XSD = "http://www.w3.org/2001/xml.xsd";

    private ExchangeSchema() {}

    /** Returns the schema, or fails if it cannot be read. */
    static Schema load() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(
                (type, namespace, publicId, systemId, baseUri) -> {
                    if (!XML_XSD.equals(systemId)) {
                        return null;
                    }
                    return new LocalInput(resource("archimate/xsd/xml.xsd"), systemId);
                });
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
        URL diagram = resource("archimate/xsd/archimate3_Diagram.xsd");
        return factory.newSchema(new StreamSource(diagram.openStream(), diagram.toExternalForm()));
    }

    /** Validates a document; throws naming the line and the schema's complaint if invalid. */
    static void validate(byte[] document) throws Exception {
        load().newValidator().validate(new StreamSource(new ByteArrayInputStream(document)));
    }

    private static URL resource(String name) {
        URL url = ExchangeSchema.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("Missing test resource " + name);
        }
        return url;
    }

    /** A schema document read from the classpath under the system identifier it was asked by. */
    private record LocalInput(URL url, String systemId) implements LSInput {
        @Override
        public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {}

        @Override
        public void setByteStream(InputStream byteStream) {}

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {}

        @Override
        public void setSystemId(String systemId) {}

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public void setPublicId(String publicId) {}

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String baseURI) {}

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {}

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {}
    }
}
