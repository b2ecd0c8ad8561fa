// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.vocabulary.SHACL;

/**
 * The IRIs that name what found a finding, for the SHACL report: the shapes of ontology/shapes.ttl (namespace
 * {@link #NS}), the SPARQL checks (under {@link #CHECKS}), and the rules validation applies in code. Also the
 * properties that place a result in a file.
 */
public final class Rules {

    /** The namespace of the shapes, prefix nks:. */
    public static final String NS = "https://w3id.org/nutrikg/shapes#";
    /** The IRI of the shapes graph. */
    public static final String SHAPES_GRAPH = "https://w3id.org/nutrikg/shapes";
    /** The base of the IRIs of the checks of sparql/checks/: the check name follows. */
    public static final String CHECKS = "https://w3id.org/nutrikg/sparql/";

    /** A file that does not parse. */
    public static final Node RDF_SYNTAX = node("RdfSyntaxRule");
    /** An individual that would belong to two disjoint classes. */
    public static final Node DISJOINT_CLASSES = node("DisjointClassesRule");
    /** A literal that is not valid for its datatype. */
    public static final Node LITERAL_FORM = node("LiteralFormRule");
    /** An object property with a literal value, or a datatype property with an IRI value. */
    public static final Node PROPERTY_KIND = node("PropertyKindRule");
    /** A literal that is not of its property's range datatype. */
    public static final Node DATATYPE_RANGE = node("DatatypeRangeRule");

    /** The constraint component of syntax findings. */
    public static final Node SYNTAX_COMPONENT = node("RdfSyntaxComponent");
    /** The constraint component of OWL findings. */
    public static final Node OWL_COMPONENT = node("OwlConsistencyComponent");
    /** The constraint component of the SPARQL checks (they are SPARQL-based constraints). */
    public static final Node CHECK_COMPONENT = SHACL.SPARQLConstraintComponent;

    /** The file a result is in (a string, as the user named it). */
    public static final Node FILE = node("file");
    /** The line a result is at. */
    public static final Node LINE = node("line");
    /** The column a result is at. */
    public static final Node COLUMN = node("column");

    private Rules() {
    }

    private static Node node(String local) {
        return NodeFactory.createURI(NS + local);
    }

    /** The IRI of a check, from its name ("checks/label-missing"). */
    public static Node check(String name) {
        return NodeFactory.createURI(CHECKS + name);
    }

    /** How reports name a rule: "nks:FoodSourceOfShape", "checks/label-missing". */
    public static String display(Node rule) {
        if (rule.isURI()) {
            String uri = rule.getURI();
            if (uri.startsWith(NS)) {
                return "nks:" + uri.substring(NS.length());
            }
            if (uri.startsWith(CHECKS)) {
                return uri.substring(CHECKS.length());
            }
            return uri;
        }
        return rule.toString();
    }
}
