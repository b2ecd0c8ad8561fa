// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.describe;

/** Every message of describe and search, in one place (docs/errors.md lists them). */
public final class DescribeMessages {

    /** Nothing in the graph has that IRI. */
    public static final String UNKNOWN_IRI = "%s is not in %s";
    /** No label or synonym is that text. */
    public static final String UNKNOWN_NAME = "no term in %s has the label or synonym '%s'";
    /** Several terms have that label or synonym. */
    public static final String AMBIGUOUS = "'%s' names %d terms: %s (give one of these CURIEs)";
    /** An empty search text. */
    public static final String EMPTY_TEXT = "nothing to look for: give a word or a part of one";
    /** describe given an empty term. */
    public static final String EMPTY_TERM = "give a term: an IRI, a CURIE such as nkr:VitaminB12, or a name";

    private DescribeMessages() {
    }
}
