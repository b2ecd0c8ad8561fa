// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.w3id.nutrikg.model.InvalidArgumentException;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * Turns the text of a {@code --param NAME=VALUE} value into an RDF term. The term is bound into the
 * parsed query (never spliced into its text), so a value cannot change the query's shape.
 */
public final class QueryParameters {

    private static final PrefixMap PREFIXES = PrefixMapFactory.create(Prefixes.mapping());
    private static final Pattern CURIE = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*):([^\\s/]*)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private QueryParameters() {
    }

    /** Checks that a parameter name is a SPARQL variable name (without '?'). */
    public static String name(String raw) {
        String n = raw.startsWith("?") || raw.startsWith("$") ? raw.substring(1) : raw;
        if (!NAME.matcher(n).matches()) {
            throw new InvalidArgumentException(QueryMessages.notAVariableName(raw));
        }
        return n;
    }

    /**
     * The term a value stands for: {@code <iri>}, a CURIE with a known prefix ({@code nkr:Potassium}), an
     * http(s) IRI, a number, a quoted literal ({@code "text"@en}); anything else is a plain string.
     */
    public static RDFNode value(String raw) {
        String v = raw.strip();
        Node node;
        if (v.isEmpty()) {
            node = NodeFactory.createLiteralString("");
        } else if (v.startsWith("http://") || v.startsWith("https://") || v.startsWith("urn:")) {
            node = NodeFactory.createURI(v);
        } else if (v.startsWith("<") || v.startsWith("\"") || v.startsWith("'") || isNumberOrBoolean(v)) {
            node = parse(raw, v);
        } else {
            Matcher m = CURIE.matcher(v);
            if (m.matches() && !v.contains(" ")) {
                if (!PREFIXES.containsPrefix(m.group(1))) {
                    throw new InvalidArgumentException(QueryMessages.unknownPrefix(m.group(1), raw,
                            String.join(", ", Prefixes.map().keySet())));
                }
                node = NodeFactory.createURI(PREFIXES.expand(m.group(1), m.group(2)));
            } else {
                node = NodeFactory.createLiteralString(v);
            }
        }
        return ModelFactory.createDefaultModel().asRDFNode(node);
    }

    private static boolean isNumberOrBoolean(String v) {
        return v.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?") || v.equals("true") || v.equals("false");
    }

    private static Node parse(String raw, String v) {
        Node node;
        try {
            node = NodeFactoryExtra.parseNode(v, PREFIXES);
        } catch (RuntimeException e) {
            throw new InvalidArgumentException(QueryMessages.notATerm(raw));
        }
        if (node.isLiteral() && node.getLiteralDatatype() instanceof XSDDatatype dt && !dt.isValid(node.getLiteralLexicalForm())) {
            throw new InvalidArgumentException(QueryMessages.notValid(raw, dt.getURI().replace(XSDDatatype.XSD + "#", "xsd:")));
        }
        return node;
    }
}
