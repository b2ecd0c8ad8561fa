// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.vocab;

/** The NutriKG ontology namespace. */
public final class NKG {
    /** The namespace of the ontology's terms. */
    public static final String NS = "https://w3id.org/nutrikg/ontology#";

    private NKG() {
    }
}
