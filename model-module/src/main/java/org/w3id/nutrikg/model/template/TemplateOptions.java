// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.template;

import java.util.Set;

/**
 * How {@link TemplateOperation} reads a template.
 *
 * @param vocabulary the NutriKG (nkg:) terms that exist; a header or value naming another nkg: term is an
 *                   error. Null: not checked.
 */
public record TemplateOptions(Set<String> vocabulary) {

    public TemplateOptions {
        vocabulary = vocabulary == null ? null : Set.copyOf(vocabulary);
    }

    /** nkg: terms checked against the bundled ontology. */
    public static TemplateOptions checked() {
        return new TemplateOptions(TemplateOperation.ontologyTerms());
    }

    /** No check of nkg: terms. */
    public static TemplateOptions unchecked() {
        return new TemplateOptions(null);
    }
}
