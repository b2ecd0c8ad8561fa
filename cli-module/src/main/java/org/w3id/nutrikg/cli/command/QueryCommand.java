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
import org.w3id.nutrikg.cli.CliMessages;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.NutriKG;
import org.w3id.nutrikg.cli.option.Choices;
import org.w3id.nutrikg.cli.option.OutputOption;
import org.w3id.nutrikg.cli.option.QueryParam;
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
            completionCandidates = Choices.QueryFormats.class, converter = Choices.QueryFormats.class,
            description = "${COMPLETION-CANDIDATES}: the first five for SELECT and ASK (default: table), "
                    + "the others for CONSTRUCT and DESCRIBE (default: turtle)")
    Choices.QueryFormat format;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", converter = QueryParam.Converter.class,
            description = "bind a variable before running, e.g. nutrient=nkr:Potassium (repeatable)")
    List<QueryParam> params = new ArrayList<>();

    @Mixin
    TimeoutOption timeout;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        Optional<ResultFormat> resultFormat = format == null ? Optional.empty() : format.results();
        Optional<ExportFormat> graphFormat = format == null ? Optional.empty() : format.graph();
        Map<String, RDFNode> bound = new LinkedHashMap<>();
        for (QueryParam param : params) {
            if (bound.put(param.name(), param.value()) != null) {
                throw new ParameterException(spec.commandLine(), CliMessages.paramTwice(param.name()));
            }
        }
        QueryOptions options = new QueryOptions(timeout.timeout(), bound, top.allowService(),
                resultFormat.orElse(ResultFormat.TABLE), graphFormat.orElse(ExportFormat.TURTLE));

        QueryText text = QueryText.resolve(query);
        Query parsed = QueryOperation.prepare(text, options);
        boolean tabular = parsed.isSelectType() || parsed.isAskType();
        if (format != null && (tabular ? resultFormat.isEmpty() : graphFormat.isEmpty())) {
            throw new ParameterException(spec.commandLine(), CliMessages.formatDoesNotFit(format.name(),
                    parsed.queryType().name(), tabular ? ResultFormat.names() : ExportFormat.names()));
        }
        try (GraphSource graph = top.openGraph()) {
            output.write(out -> QueryOperation.run(graph, parsed, options, out));
        }
        return ExitCodes.OK;
    }
}
