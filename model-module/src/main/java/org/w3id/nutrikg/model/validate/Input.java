// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import org.apache.jena.graph.Graph;

/**
 * One file that was checked: its name as findings show it, whether it is bundled, the triples it holds (empty
 * when it does not parse) and where they are written.
 */
record Input(String name, boolean bundled, Graph graph, Positions positions) {
}
