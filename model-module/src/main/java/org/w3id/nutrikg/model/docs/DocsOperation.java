// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;

import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.io.AtomicFolder;

/**
 * Writes the documentation of the ontology and data as a static HTML site that works opened from disk: no server,
 * no script, style or font from elsewhere. An overview page (metadata, version, licence, disclaimer, how to cite,
 * the class hierarchy and the causal network as inline SVG), a section per class and per property, a page per
 * individual with its relations and the evidence quotes of its claims, and a search page over an inline index.
 * The site is written to a temporary folder that then takes the place of the target, and the same graph gives
 * the same bytes.
 */
public final class DocsOperation {

    private static final Logger LOG = LoggerFactory.getLogger(DocsOperation.class);

    /** What marks a folder as written by this operation, so that it may be replaced. */
    static final String GENERATOR = "<meta name=\"generator\" content=\"nutrikg docs\">";

    private DocsOperation() {
    }

    /** The site's files, by path relative to its root ('/' separators), from the asserted triples of a graph. */
    public static SortedMap<String, String> render(Graph graph) {
        return render(graph, null);
    }

    /**
     * The site's files with, besides the pages, one file per term and RDF syntax under the IRIs' paths
     * ({@code resource/VitaminB12.ttl}, {@code ontology.jsonld}, ...) and a VoID file; when {@code siteUrl},
     * the address the site will be served from, is given, also the {@code .htaccess} of its w3id.org entry.
     */
    public static SortedMap<String, String> render(Graph graph, String siteUrl) {
        Terms terms = new Terms(graph);
        Site site = new Site(terms);
        SortedMap<String, String> files = site.render();
        Publication.add(graph, terms, site, files, siteUrl);
        return files;
    }

    /** Writes the site of the graph's asserted triples into {@code dir}; returns the number of files written. */
    public static int write(GraphSource source, Path dir) {
        return write(source, dir, null);
    }

    /**
     * Writes the site of the graph's asserted triples into {@code dir}, with the w3id.org rules for
     * {@code siteUrl} if it is given; returns the number of files written.
     */
    public static int write(GraphSource source, Path dir, String siteUrl) {
        long start = System.nanoTime();
        SortedMap<String, String> files = render(source.graph(false), siteUrl);
        AtomicFolder.write(dir, DocsOperation::writtenByUs, tmp -> {
            for (var e : files.entrySet()) {
                Path p = tmp.resolve(e.getKey());
                try {
                    Files.createDirectories(p.getParent());
                    Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        });
        LOG.info("wrote {} files to {} in {} ms", files.size(), dir, (System.nanoTime() - start) / 1_000_000);
        return files.size();
    }

    private static boolean writtenByUs(Path dir) {
        Path index = dir.resolve("index.html");
        try {
            return Files.isRegularFile(index) && Files.readString(index, StandardCharsets.UTF_8).contains(GENERATOR);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
