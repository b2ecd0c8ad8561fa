// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.NutriKG;
import org.w3id.nutrikg.cli.option.Choices;
import org.w3id.nutrikg.cli.option.OutputOption;
import org.w3id.nutrikg.model.describe.DescribeOperation;
import org.w3id.nutrikg.model.describe.TermResolver;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.io.ExportFormat;
import org.w3id.nutrikg.model.io.RdfOutput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nutrikg describe}: what the graph says about one term. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "show what the graph says about a term: its relations under readable headings, "
                + "reference intakes, external identifiers and the evidence quotes")
public final class DescribeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    NutriKG top;

    @Parameters(index = "0", paramLabel = "TERM",
            description = "an IRI, a CURIE (nkr:VitaminB12), or a label or synonym (cobalamin), case-insensitive")
    String term;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = Choices.DescribeFormats.class, converter = Choices.DescribeFormats.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; "
                    + "an RDF format gives the concise bounded description)")
    Choices.DescribeFormat format;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        ExportFormat chosen = format.rdf();
        try (GraphSource graph = top.openGraph()) {
            Resource r = TermResolver.resolve(graph, term);
            if (chosen == null) {
                String text = DescribeOperation.describe(graph, r).text();
                output.write(out -> write(out, text));
            } else {
                Model cbd = DescribeOperation.conciseBoundedDescription(graph, r);
                output.write(out -> RdfOutput.write(cbd.getGraph(), chosen, out));
            }
        }
        return ExitCodes.OK;
    }

    static void write(java.io.OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
