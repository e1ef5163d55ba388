package nl.openbaar.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The DiWoo 0.9.8 metadata schema, as published, in the test resources (see its SOURCES.md), with the one
 * import it makes from the web (MDTO) resolved to a local stand-in. Validates diwoo:Document elements, alone or
 * taken out of a sitemap.
 */
public final class DiwooSchema {

    static final String DIR = "/nl/openbaar/publication/diwoo/0.9.8/";
    private static final Schema SCHEMA = load();

    private DiwooSchema() {
    }

    private static Schema load() {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setResourceResolver(new LocalOnly());
            URL main = DiwooSchema.class.getResource(DIR + "diwoo-metadata.xsd");
            return f.newSchema(new StreamSource(main.openStream(), main.toExternalForm()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The errors of validating every diwoo:Document in the XML (a metadata document or a sitemap); empty if valid. */
    public static List<String> errors(String xml) {
        List<String> errors = new ArrayList<>();
        Document doc = parse(xml);
        NodeList docs = doc.getElementsByTagNameNS(DiwooMetadata.DIWOO_NS, "Document");
        if (docs.getLength() == 0) {
            errors.add("no diwoo:Document in the XML");
        }
        for (int i = 0; i < docs.getLength(); i++) {
            try {
                SCHEMA.newValidator().validate(new DOMSource(docs.item(i)));
            } catch (SAXException e) {
                errors.add("document " + (i + 1) + ": " + e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return errors;
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The values of an enumerated simple type of the value lists: URI → first documentation line (the label). */
    static Map<String, String> valueList(String simpleType) {
        try (InputStream in = DiwooSchema.class.getResourceAsStream(DIR + "diwoo-metadata-lijsten.xsd")) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document d = f.newDocumentBuilder().parse(in);
            NodeList types = d.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "simpleType");
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < types.getLength(); i++) {
                Element t = (Element) types.item(i);
                if (!simpleType.equals(t.getAttribute("name"))) {
                    continue;
                }
                NodeList values = t.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "enumeration");
                for (int j = 0; j < values.getLength(); j++) {
                    Element v = (Element) values.item(j);
                    NodeList p = v.getElementsByTagNameNS("http://dita.oasis-open.org/architecture/2005/", "p");
                    out.put(v.getAttribute("value"), p.getLength() == 0 ? "" : p.item(0).getTextContent().strip());
                }
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Resolves the schema's includes from the test resources and its web import of MDTO to the stand-in. */
    private static final class LocalOnly implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            String name = namespace != null && namespace.contains("nationaalarchief.nl/mdto") ? "mdto-stand-in.xsd"
                    : systemId.substring(systemId.lastIndexOf('/') + 1);
            URL local = DiwooSchema.class.getResource(DIR + name);
            if (local == null) {
                throw new IllegalStateException("the schema asks for " + systemId + ", which is not in the test resources");
            }
            return new Input(local, publicId);
        }
    }

    private record Input(URL url, String publicId) implements LSInput {
        public java.io.Reader getCharacterStream() {
            return null;
        }

        public void setCharacterStream(java.io.Reader r) {
        }

        public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void setByteStream(InputStream b) {
        }

        public String getStringData() {
            return null;
        }

        public void setStringData(String s) {
        }

        public String getSystemId() {
            return url.toExternalForm();
        }

        public void setSystemId(String s) {
        }

        public String getPublicId() {
            return publicId;
        }

        public void setPublicId(String p) {
        }

        public String getBaseURI() {
            return url.toExternalForm();
        }

        public void setBaseURI(String b) {
        }

        public String getEncoding() {
            return "UTF-8";
        }

        public void setEncoding(String e) {
        }

        public boolean getCertifiedText() {
            return false;
        }

        public void setCertifiedText(boolean c) {
        }
    }
}
