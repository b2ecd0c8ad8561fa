// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import java.util.concurrent.Callable;

import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.NutriKG;
import org.w3id.nutrikg.cli.option.OutputOption;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.stats.StatsOperation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nutrikg stats}: counts what the graph holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "count triples (asserted and inferred), individuals per class, claims, "
                + "mappings per external ontology and reference values")
public final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    NutriKG top;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        try (GraphSource graph = top.openGraph()) {
            String text = StatsOperation.stats(graph).text();
            output.write(out -> DescribeCommand.write(out, text));
        }
        return ExitCodes.OK;
    }
}
