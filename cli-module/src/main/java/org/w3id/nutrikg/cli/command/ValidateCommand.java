// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.NutriKG;
import org.w3id.nutrikg.cli.option.OutputOption;
import org.w3id.nutrikg.model.graph.GraphSpec;
import org.w3id.nutrikg.model.validate.Finding;
import org.w3id.nutrikg.model.validate.ReportFormat;
import org.w3id.nutrikg.model.validate.ReportWriter;
import org.w3id.nutrikg.model.validate.Severity;
import org.w3id.nutrikg.model.validate.ValidateOperation;
import org.w3id.nutrikg.model.validate.ValidateOptions;
import org.w3id.nutrikg.model.validate.ValidationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nutrikg validate}: checks syntax, shapes, OWL consistency and quality of the graph and given files. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"check the bundled graph and the given RDF files: syntax (file, line, column), SHACL shapes "
                + "(ontology/shapes.ttl), OWL 2 DL consistency (disjoint classes, literals) and the quality checks "
                + "of sparql/checks/; prints every finding with its file, line, severity and what to fix"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:usage error",
            "3:a file is missing or does not parse (the other files are still checked and reported)",
            "4:the report could not be written"})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    NutriKG top;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "RDF files or folders to check together with the bundled graph (and --data)")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "text (default), turtle (a SHACL validation report) or json")
    String format = "text";

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "the least severity that makes the exit code 1: error (default), warning or info")
    String failOn = "error";

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        ReportFormat f = ReportFormat.of(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown format '" + format + "' for --format (expected: " + ReportFormat.names() + ")"));
        Severity threshold = Severity.of(failOn).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown severity '" + failOn + "' for --fail-on (expected: " + Severity.names() + ")"));
        if (top.store() != null || top.endpoint() != null) {
            // the checks read files (for their lines and columns): a store or an endpoint was not checked at all
            throw top.usage("validate checks RDF files and the bundled graph, not "
                    + (top.store() != null ? "--store" : "--endpoint") + ": validate the files you load, or an export");
        }
        GraphSpec graph = top.graphSpec(!paths.isEmpty());
        List<Path> files = new ArrayList<>(graph.data());
        files.addAll(paths);
        ValidationReport report = ValidateOperation.validate(new ValidateOptions(graph.bundled(), files));
        output.write(out -> ReportWriter.write(report, f, out));

        PrintWriter err = spec.commandLine().getErr();
        if (report.hasSyntaxErrors()) {
            Finding first = report.findings().stream().filter(x -> x.kind() == Finding.Kind.SYNTAX).findFirst()
                    .orElseThrow();
            long n = report.findings().stream().filter(x -> x.kind() == Finding.Kind.SYNTAX).count();
            err.println(spec.qualifiedName() + ": " + (n == 1 ? "a file does not parse" : n + " files do not parse")
                    + ": " + first.file() + (first.line() > 0 ? ":" + first.line() : "")
                    + (first.column() > 0 ? ":" + first.column() : "") + " (" + report.summary() + ")");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (report.fails(threshold)) {
            err.println(spec.qualifiedName() + ": " + report.summary() + " (--fail-on " + threshold.label() + ")");
            err.flush();
            return ExitCodes.VIOLATIONS;
        }
        return ExitCodes.OK;
    }
}
