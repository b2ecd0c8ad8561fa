// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Places findings in files: the first file (the user's files before the bundled ones) that holds one of a
 * finding's hint triples, at the line of that triple; failing that, where the focus node is a subject, or is
 * mentioned at all.
 */
final class Locator {

    private final List<Input> inputs;

    Locator(List<Input> inputs) {
        List<Input> ordered = new ArrayList<>();
        inputs.stream().filter(i -> !i.bundled()).forEach(ordered::add);
        inputs.stream().filter(Input::bundled).forEach(ordered::add);
        this.inputs = ordered;
    }

    Finding place(Draft d) {
        Finding f = d.unplaced();
        for (Input in : inputs) {
            for (Triple hint : d.hints()) {
                Triple found = first(in, hint);
                if (found != null) {
                    Positions.Position pos = position(in.positions(), found, hint);
                    return pos == null ? f.at(in.name(), -1, -1) : f.at(in.name(), pos.line(), pos.column());
                }
            }
        }
        Node focus = d.focus();
        if (focus == null) {
            return f;
        }
        for (Input in : inputs) {
            Positions.Position pos = in.positions().subject(focus);
            if (pos != null) {
                return f.at(in.name(), pos.line(), pos.column());
            }
        }
        for (Input in : inputs) {
            if (in.graph().contains(focus, Node.ANY, Node.ANY)) {
                return f.at(in.name(), -1, -1);
            }
        }
        for (Input in : inputs) {
            Positions.Position pos = in.positions().mention(focus);
            if (pos != null) {
                return f.at(in.name(), pos.line(), pos.column());
            }
        }
        return f;
    }

    private static Triple first(Input in, Triple pattern) {
        var it = in.graph().find(pattern);
        try {
            return it.hasNext() ? it.next() : null;
        } finally {
            it.close();
        }
    }

    /** The line of the triple found, or of as much of it as the hint named. */
    private static Positions.Position position(Positions p, Triple t, Triple hint) {
        Positions.Position pos = null;
        if (hint.getObject().isConcrete()) {
            pos = p.triple(t);
        }
        if (pos == null && hint.getPredicate().isConcrete()) {
            pos = p.predicate(t.getSubject(), t.getPredicate());
        }
        if (pos == null) {
            pos = p.subject(t.getSubject());
        }
        return pos;
    }
}
