// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.NutriKG;
import org.w3id.nutrikg.cli.option.OutputOption;
import org.w3id.nutrikg.model.export.ExportOperation;
import org.w3id.nutrikg.model.export.ExportOptions;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.io.ExportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nutrikg export}: writes the whole graph in an RDF syntax. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "write the whole graph as Turtle, JSON-LD, N-Triples, N-Quads, TriG or RDF/XML")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    NutriKG top;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "turtle, jsonld, ntriples, nquads, trig or rdfxml (default: turtle)")
    String format = "turtle";

    @Option(names = "--inferred", description = "include the entailments of --reasoning")
    boolean inferred;

    @Option(names = "--context", paramLabel = "FILE",
            description = "JSON-LD: compact with this context instead of ontology/context.jsonld")
    Path context;

    @Option(names = "--frame", paramLabel = "FILE", description = "JSON-LD: apply this JSON-LD 1.1 frame")
    Path frame;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        ExportFormat f = ExportFormat.of(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown format '" + format + "' for --format (expected: " + ExportFormat.names() + ")"));
        if ((context != null || frame != null) && f != ExportFormat.JSONLD) {
            throw new ParameterException(spec.commandLine(),
                    (context != null ? "--context" : "--frame") + " applies to --format jsonld only");
        }
        if (inferred && !top.graphSpec().inMemory()) {
            throw top.usage("--inferred applies to in-memory graphs: a store or endpoint is exported as stored");
        }
        ExportOptions options = new ExportOptions(f, inferred, context, frame);
        try (GraphSource graph = top.openGraph()) {
            output.write(out -> ExportOperation.export(graph, options, out));
        }
        return ExitCodes.OK;
    }
}
