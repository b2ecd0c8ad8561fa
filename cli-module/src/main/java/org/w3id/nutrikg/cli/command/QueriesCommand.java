// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.model.query.NamedQueries;
import org.w3id.nutrikg.model.query.NamedQuery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nutrikg queries}: lists the named queries with their descriptions and parameters. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "list the named queries of sparql/ with what each answers")
public final class QueriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--checks", description = "list the quality checks of sparql/checks/ instead")
    boolean checks;

    @Override
    public Integer call() {
        List<NamedQuery> queries = checks ? NamedQueries.checks() : NamedQueries.list();
        int width = queries.stream().mapToInt(q -> q.name().length()).max().orElse(0);
        PrintWriter out = spec.commandLine().getOut();
        for (NamedQuery q : queries) {
            StringBuilder line = new StringBuilder(q.name());
            line.append(" ".repeat(width - q.name().length() + 2)).append(q.description());
            if (!q.parameters().isEmpty()) {
                line.append(" [");
                line.append(String.join(" ", q.parameters().stream().map(p -> "--param " + p + "=...").toList()));
                line.append(']');
            }
            out.println(line);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
