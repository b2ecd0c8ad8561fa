// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.nutrikg.cli.CliMessages;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.NutriKG;
import org.w3id.nutrikg.cli.option.Choices;
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

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "turtle",
            completionCandidates = Choices.ExportFormats.class, converter = Choices.ExportFormats.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    ExportFormat format;

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
        if ((context != null || frame != null) && format != ExportFormat.JSONLD) {
            throw new ParameterException(spec.commandLine(),
                    CliMessages.jsonLdOnly(context != null ? "--context" : "--frame"));
        }
        if (inferred && !top.graphSpec().inMemory()) {
            throw top.usage(CliMessages.EXPORT_INFERRED_NOT_IN_MEMORY);
        }
        ExportOptions options = new ExportOptions(format, inferred, context, frame);
        try (GraphSource graph = top.openGraph()) {
            output.write(out -> ExportOperation.export(graph, options, out));
        }
        return ExitCodes.OK;
    }
}
