// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.NutriKG;
import org.w3id.nutrikg.cli.option.OutputOption;
import org.w3id.nutrikg.cli.option.TimeoutOption;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.io.ExportFormat;
import org.w3id.nutrikg.model.query.QueryOperation;
import org.w3id.nutrikg.model.query.QueryOptions;
import org.w3id.nutrikg.model.query.QueryParameters;
import org.w3id.nutrikg.model.query.QueryText;
import org.w3id.nutrikg.model.query.ResultFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nutrikg query}: runs inline SPARQL, a .rq file or a named query of sparql/. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "run a SPARQL query: inline text, a .rq file, or a named query (see 'nutrikg queries')")
public final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    NutriKG top;

    @Parameters(index = "0", paramLabel = "QUERY", description = "SPARQL text, a path to a .rq file, or a query name")
    String query;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "table, csv, tsv, json or xml for SELECT and ASK (default: table); "
                    + "turtle, jsonld, ntriples, nquads, trig or rdfxml for CONSTRUCT and DESCRIBE (default: turtle)")
    String format;

    // a list, not a picocli Map: picocli would read quotes in values such as "text"@en and warn on stderr
    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "bind a variable before running, e.g. nutrient=nkr:Potassium (repeatable)")
    List<String> params = new ArrayList<>();

    @Mixin
    TimeoutOption timeout;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        Optional<ResultFormat> resultFormat = Optional.empty();
        Optional<ExportFormat> graphFormat = Optional.empty();
        if (format != null) {
            resultFormat = ResultFormat.of(format);
            graphFormat = ExportFormat.of(format);
            if (resultFormat.isEmpty() && graphFormat.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "unknown format '" + format
                        + "' for --format (expected: " + ResultFormat.names() + "; for CONSTRUCT and DESCRIBE: "
                        + ExportFormat.names() + ")");
            }
        }
        Map<String, RDFNode> bound = new LinkedHashMap<>();
        for (String param : params) {
            int eq = param.indexOf('=');
            if (eq < 0) {
                throw new ParameterException(spec.commandLine(),
                        "--param takes NAME=VALUE, not '" + param + "' (e.g. --param nutrient=nkr:Potassium)");
            }
            String name = QueryParameters.name(param.substring(0, eq));
            if (bound.put(name, QueryParameters.value(param.substring(eq + 1))) != null) {
                throw new ParameterException(spec.commandLine(), "--param '" + name + "' is given twice");
            }
        }
        QueryOptions options = new QueryOptions(timeout.timeout(), bound, top.allowService(),
                resultFormat.orElse(ResultFormat.TABLE), graphFormat.orElse(ExportFormat.TURTLE));

        QueryText text = QueryText.resolve(query);
        Query parsed = QueryOperation.prepare(text, options);
        boolean tabular = parsed.isSelectType() || parsed.isAskType();
        if (format != null && (tabular ? resultFormat.isEmpty() : graphFormat.isEmpty())) {
            throw new ParameterException(spec.commandLine(), "format '" + format + "' does not fit a "
                    + parsed.queryType().name() + " query (expected: "
                    + (tabular ? ResultFormat.names() : ExportFormat.names()) + ")");
        }
        try (GraphSource graph = top.openGraph()) {
            output.write(out -> QueryOperation.run(graph, parsed, options, out));
        }
        return ExitCodes.OK;
    }
}
