// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * A finding before it is placed in a file: {@code hints} are triple patterns (with {@code Node.ANY}) whose
 * position in a file locates the finding, most telling first.
 */
record Draft(Severity severity, Node focus, Node path, Node value, String message, Finding.Kind kind, Node source,
        Node component, List<Triple> hints) {

    Draft {
        hints = List.copyOf(hints);
    }

    Finding unplaced() {
        return new Finding(severity, null, -1, -1, focus, path, value, message, kind, source, component);
    }
}
