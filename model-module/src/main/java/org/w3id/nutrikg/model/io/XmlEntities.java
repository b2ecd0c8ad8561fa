// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.jena.util.JenaXMLInput;
import org.w3id.nutrikg.model.BadInputException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Refuses RDF/XML whose document type declares an external entity ({@code <!ENTITY x SYSTEM "file:...">}).
 * Jena's XML reader never fetches one (no XXE), but it silently replaces the reference with nothing, so
 * the graph would lose text without a word; NutriKG says so instead. Internal entities, which ontology
 * editors write for namespaces, are fine.
 */
final class XmlEntities {

    private XmlEntities() {
    }

    /** Reads the prolog of {@code in} up to the root element and stops; {@code in} is not closed. */
    static void checkNoExternal(InputStream in, String name) {
        Scan scan = new Scan(name);
        try {
            XMLReader reader = JenaXMLInput.createXMLReader();
            reader.setContentHandler(scan);
            reader.setErrorHandler(scan);
            reader.setEntityResolver(scan);
            reader.setProperty("http://xml.org/sax/properties/declaration-handler", scan);
            reader.parse(new InputSource(CloseShieldInputStream.wrap(in))); // the caller reads on after the scan
        } catch (Stop e) {
            // reached the root element
        } catch (SAXException | IOException | RuntimeException e) {
            if (e.getCause() instanceof BadInputException b) {
                throw b;
            }
            if (e instanceof BadInputException b) {
                throw b;
            }
            // not well-formed: the RDF/XML parser reports it with its position
        } catch (Exception e) {
            // the XML parser could not be set up: the RDF/XML parser, configured the same way, reports it
        }
    }

    /** Thrown to stop the scan at the root element. */
    private static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    private static final class Scan extends DefaultHandler2 {
        private final String name;
        private Locator locator;

        Scan(String name) {
            this.name = name;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void externalEntityDecl(String entity, String publicId, String systemId) {
            long line = locator == null ? -1 : locator.getLineNumber();
            long col = locator == null ? -1 : locator.getColumnNumber();
            throw new BadInputException(name, line, col, IoMessages.externalEntity(entity, String.valueOf(systemId)), null);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            throw new Stop();
        }

        @Override
        public InputSource resolveEntity(String nm, String publicId, String baseURI, String systemId) {
            // never fetch anything: an empty source for whatever the parser asks
            return new InputSource(new java.io.StringReader(""));
        }
    }
}
