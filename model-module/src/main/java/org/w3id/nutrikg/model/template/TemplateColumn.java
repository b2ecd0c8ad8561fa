// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.template;

import java.util.Objects;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;

/**
 * What one header cell of a template says about its column.
 *
 * @param index    the 0-based column index
 * @param header   the header cell as written
 * @param kind     what the column gives
 * @param property the property of {@link Kind#IRI}, {@link Kind#LANG} and {@link Kind#TYPED} columns (for ID,
 *                 LABEL and TYPE: null, rdfs:label and rdf:type)
 * @param lang     the language tag of {@link Kind#LANG} and LABEL columns
 * @param datatype the datatype of {@link Kind#TYPED} columns
 * @param split    the separator of several values in one cell, or null for one value a cell
 */
public record TemplateColumn(int index, String header, Kind kind, Node property, String lang,
        RDFDatatype datatype, String split) {

    /** What a column gives. */
    public enum Kind {
        /** Ignored: an empty header or a note column whose header starts with '#'. */
        NOTE,
        /** The subject of the row. */
        ID,
        /** rdfs:label, an English literal. */
        LABEL,
        /** rdf:type, an IRI. */
        TYPE,
        /** A property whose values are IRIs. */
        IRI,
        /** A property whose values are language-tagged strings. */
        LANG,
        /** A property whose values are literals of a datatype. */
        TYPED
    }

    public TemplateColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
    }

    /** The 1-based column number that messages show. */
    public int number() {
        return index + 1;
    }
}
