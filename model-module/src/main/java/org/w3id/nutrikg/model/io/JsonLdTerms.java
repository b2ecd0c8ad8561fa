// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.w3id.nutrikg.model.BadInputException;

/**
 * Catches the JSON-LD mistake that the JSON-LD algorithms let through: a compact IRI such as
 * {@code "ex:name"} or {@code "xsd:integer"} whose prefix the {@code @context} does not define is read as an
 * absolute IRI with the scheme {@code ex:}. An IRI without "//" whose scheme is not one that is used without
 * it (urn, mailto, tag ...) is refused as an undefined prefix.
 */
final class JsonLdTerms extends StreamRDFWrapper {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(.*)$", Pattern.DOTALL);
    /** Registered schemes that are written without an authority. */
    private static final Set<String> OPAQUE = Set.of("urn", "mailto", "tag", "did", "data", "tel", "geo", "info",
            "doi", "uuid", "ni", "news", "sip", "sips", "xmpp", "jar", "about", "cid", "mid", "isbn", "issn", "ark",
            "javascript", "blob", "fax", "sms", "magnet", "bitcoin");

    private final String name;

    JsonLdTerms(StreamRDF dest, String name) {
        super(dest);
        this.name = name;
    }

    @Override
    public void triple(Triple t) {
        check(t.getSubject());
        check(t.getPredicate());
        check(t.getObject());
        super.triple(t);
    }

    @Override
    public void quad(Quad q) {
        check(q.getGraph());
        check(q.getSubject());
        check(q.getPredicate());
        check(q.getObject());
        super.quad(q);
    }

    private void check(Node n) {
        if (n == null) {
            return;
        }
        if (n.isURI()) {
            checkIri(n.getURI());
        } else if (n.isLiteral() && n.getLiteralDatatypeURI() != null) {
            checkIri(n.getLiteralDatatypeURI());
        }
    }

    private void checkIri(String iri) {
        Matcher m = SCHEME.matcher(iri);
        if (m.matches() && !m.group(2).startsWith("//") && !OPAQUE.contains(m.group(1).toLowerCase())) {
            throw new BadInputException(name, IoMessages.undefinedJsonLdPrefix(m.group(1), iri));
        }
    }
}
