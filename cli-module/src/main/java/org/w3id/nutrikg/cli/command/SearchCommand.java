// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.NutriKG;
import org.w3id.nutrikg.cli.option.Choices;
import org.w3id.nutrikg.cli.option.OutputOption;
import org.w3id.nutrikg.model.describe.DescribeMessages;
import org.w3id.nutrikg.model.describe.SearchOperation;
import org.w3id.nutrikg.model.graph.GraphSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nutrikg search}: the terms whose label or synonym contains a text. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "find the terms whose label or synonym contains TEXT, best match first, with their types")
public final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    NutriKG top;

    @Parameters(index = "0", paramLabel = "TEXT", description = "a word or part of one, case-insensitive")
    String text;

    @Option(names = "--records",
            description = "also search claims, reference intakes and nutrient amounts (left out by default)")
    boolean records;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            completionCandidates = Choices.SearchFormats.class, converter = Choices.SearchFormats.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; tsv has full IRIs, for scripts)")
    Choices.SearchFormat format;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        boolean tsv = format == Choices.SearchFormat.TSV;
        if (text.isBlank()) {
            throw new ParameterException(spec.commandLine(), DescribeMessages.EMPTY_TEXT);
        }
        try (GraphSource graph = top.openGraph()) {
            List<SearchOperation.Hit> hits = SearchOperation.search(graph, text, records);
            String shown = tsv ? SearchOperation.tsv(hits) : SearchOperation.text(hits);
            output.write(out -> DescribeCommand.write(out, shown));
        }
        return ExitCodes.OK;
    }
}
