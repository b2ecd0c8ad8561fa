// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.query;

import java.util.List;

/**
 * A SPARQL query shipped in sparql/, with what its header comment says.
 *
 * @param name        the file name without ".rq" (relative to sparql/, e.g. "food-sources" or "checks/label-missing")
 * @param description the first header line
 * @param parameters  the variables the header's "# Parameters:" line names, without '?'
 * @param text        the whole query text
 */
public record NamedQuery(String name, String description, List<String> parameters, String text) {

    public NamedQuery {
        parameters = List.copyOf(parameters);
    }
}
