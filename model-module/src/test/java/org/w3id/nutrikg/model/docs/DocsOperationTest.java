// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SortedMap;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.graph.BundledGraph;

class DocsOperationTest {

    /** Generated files are never edited and carry no timestamp: the same graph gives the same bytes. */
    @Test
    void theSameGraphGivesTheSameSite() {
        Graph g = BundledGraph.read();
        SortedMap<String, String> first = DocsOperation.render(g);
        SortedMap<String, String> second = DocsOperation.render(BundledGraph.read());
        assertEquals(first.keySet(), second.keySet());
        for (String path : first.keySet()) {
            assertEquals(first.get(path), second.get(path), path);
        }
        assertTrue(first.get("index.html").contains(DocsOperation.GENERATOR));
    }

    @Test
    void textIsEscaped() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", Html.esc("a <b> & \"c\" 'd'"));
        assertEquals("[\"\\u003c/script\\u003e \\u0026\",\"a | \\\"b\\\"\",\"class\",\"x.html\"]",
                Site.entry("</script> &", java.util.List.of("a", "\"b\""), "class", "x.html"));
    }
}
