// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.export;

import java.io.OutputStream;

import org.w3id.nutrikg.model.graph.KnowledgeGraph;

import com.apicatalog.jsonld.document.JsonDocument;

/** Writes a whole graph, asserted triples and optionally entailments, in one RDF syntax. */
public final class ExportOperation {

    private ExportOperation() {
    }

    /** Writes the graph as the options say. */
    public static void export(KnowledgeGraph graph, ExportOptions options, OutputStream out) {
        JsonDocument context = options.context() == null ? null : JsonLdWriter.readJson(options.context());
        JsonDocument frame = options.frame() == null ? null : JsonLdWriter.readJson(options.frame());
        RdfOutput.write(options.inferred() ? graph.visible() : graph.asserted(), options.format(), context, frame, out);
    }
}
