// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.NutriKG;
import org.w3id.nutrikg.model.docs.DocsOperation;
import org.w3id.nutrikg.model.graph.GraphSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nutrikg docs}: writes the HTML documentation site of the ontology and data. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = {"write a static HTML documentation site of the ontology and data (classes, properties, "
                + "individuals with their claims and quotes, diagrams of the class hierarchy and of the causal "
                + "network, offline search) that opens straight from disk, with one file per term and RDF syntax "
                + "(resource/NAME.ttl, .jsonld, .nt, .rdf, .html) so that a static host can answer the IRIs"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the site was written",
            "2:usage error",
            "3:a --data file is missing or does not parse",
            "4:the folder could not be written (it is left as it was)"})
public final class DocsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    NutriKG top;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "the folder to write the site into (created, or replaced if nutrikg docs wrote it)")
    Path output;

    @Option(names = "--site-url", paramLabel = "URL",
            description = "where the site will be served (https://...): also write the .htaccess of the w3id.org "
                    + "entry that redirects the IRIs there")
    String siteUrl;

    @Override
    public Integer call() {
        if (siteUrl != null && !siteUrl.matches("https?://[^\\s\"<>]+")) {
            throw top.usage("--site-url takes an http:// or https:// address, not '" + siteUrl + "'");
        }
        try (GraphSource graph = top.openGraph()) {
            DocsOperation.write(graph, output, siteUrl);
        }
        return ExitCodes.OK;
    }
}
