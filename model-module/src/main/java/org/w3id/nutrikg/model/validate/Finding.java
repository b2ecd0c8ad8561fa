// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import java.util.Locale;
import java.util.Objects;

import org.apache.jena.graph.Node;

/**
 * One problem validation found.
 *
 * @param severity  how serious it is
 * @param file      the file it is in, as the user named it (bundled files as "data/foods.ttl"), or null when no
 *                  file can be named
 * @param line      1-based line in {@code file}, or -1
 * @param column    1-based column in {@code file}, or -1
 * @param focus     the node the finding is about, or null (a syntax error has none)
 * @param path      the property involved, or null
 * @param value     the offending value, or null
 * @param message   what is wrong and what to do, in plain words
 * @param kind      which part of validation found it
 * @param source    the shape, check or rule that found it (an IRI, see {@link Rules})
 * @param component the SHACL constraint component, or the rule's kind for findings that are not SHACL's
 */
public record Finding(Severity severity, String file, long line, long column, Node focus, Node path, Node value,
        String message, Kind kind, Node source, Node component) {

    /** The parts of validation, in the order they run. */
    public enum Kind {
        /** RDF syntax: the file does not parse. */
        SYNTAX,
        /** A SHACL shape of ontology/shapes.ttl. */
        SHAPE,
        /** OWL 2 DL consistency: disjoint classes, literals of the wrong kind. */
        OWL,
        /** A SPARQL quality check of sparql/checks/. */
        CHECK;

        /** The lower-case name shown in reports. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(component, "component");
    }

    /** This finding placed at a file position. */
    public Finding at(String file, long line, long column) {
        return new Finding(severity, file, line, column, focus, path, value, message, kind, source, component);
    }

    /** The shape, check or rule that found it, as reports name it: "nks:FoodSourceOfShape", "checks/label-missing". */
    public String rule() {
        return Rules.display(source);
    }
}
