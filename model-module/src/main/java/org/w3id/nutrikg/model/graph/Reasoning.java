// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

/** Which entailments a loaded graph makes visible to queries. */
public enum Reasoning {
    /** Only the asserted triples. */
    NONE,
    /** RDFS: subclass, subproperty, domain and range, without RDFS's axiomatic triples. */
    RDFS,
    /** The OWL rules NutriKG relies on: RDFS plus inverse, transitive and symmetric properties. */
    OWL
}
