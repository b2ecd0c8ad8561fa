// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.nutrikg.model.NutriKGException;
import org.w3id.nutrikg.model.io.RdfFiles;

/** The ontology and data packed into the jar: listed and read from the classpath. */
public final class BundledGraph {

    /** Classpath folder of the ontology (ontology/ in the repository). */
    public static final String ONTOLOGY = "org/w3id/nutrikg/ontology";
    /** Classpath folder of the data (data/ in the repository). */
    public static final String DATA = "org/w3id/nutrikg/data";
    /** Classpath folder of the named queries (sparql/ in the repository). */
    public static final String SPARQL = "org/w3id/nutrikg/sparql";

    /** The OWL ontology file within {@link #ONTOLOGY}. */
    public static final String ONTOLOGY_FILE = "nutrikg.ttl";
    /** The SHACL shapes within {@link #ONTOLOGY}: read by validation, not part of the graph. */
    public static final String SHAPES_FILE = "shapes.ttl";
    /** The JSON-LD context within {@link #ONTOLOGY}. */
    public static final String CONTEXT_FILE = "context.jsonld";

    /** Folders below data/ that hold examples and raw tables, not part of the bundled graph. */
    private static final List<String> NOT_BUNDLED = List.of("examples/", "reference/");

    private BundledGraph() {
    }

    /**
     * A fresh in-memory copy of the bundled graph: the ontology, every Turtle file of data/, and the reference
     * tables of data/reference/ converted to RDF ({@link ReferenceData}). Read from the snapshot the build
     * makes of them when the jar has one.
     */
    public static Graph read() {
        return InferenceSnapshot.readAsserted().orElseGet(BundledGraph::fromSources);
    }

    /** The bundled graph built from its sources, without the build-time snapshot: what {@link #read} stands for. */
    public static Graph fromSources() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String resource : resources()) {
            try (InputStream in = open(resource)) {
                RdfFiles.parse(in, Lang.TURTLE, resource, StreamRDFLib.graph(g));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (hasReferenceData()) {
            ReferenceData.read().find().forEach(g::add);
        }
        return g;
    }

    /** Whether the jar carries the reference tables of data/reference/. */
    public static boolean hasReferenceData() {
        return BundledGraph.class.getClassLoader()
                .getResource(ReferenceData.FOLDER + "/" + ReferenceData.INTAKES) != null;
    }

    /** The classpath names of the files that make up the bundled graph, ontology first, then data sorted. */
    public static List<String> resources() {
        List<String> out = new ArrayList<>();
        out.add(ONTOLOGY + "/" + ONTOLOGY_FILE);
        for (String rel : list(DATA, ".ttl")) {
            if (NOT_BUNDLED.stream().noneMatch(rel::startsWith)) {
                out.add(DATA + "/" + rel);
            }
        }
        return out;
    }

    /** Opens a classpath resource, failing with a clear message when it is missing. */
    public static InputStream open(String resource) {
        InputStream in = BundledGraph.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new NutriKGException("bundled resource '" + resource + "' is missing from the jar");
        }
        return in;
    }

    /** Reads a classpath resource as UTF-8 text. */
    public static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files below a classpath folder whose names end with {@code suffix}, as paths relative to the
     * folder with '/' separators, sorted. Works from a directory and from a jar.
     */
    public static List<String> list(String folder, String suffix) {
        URL url = BundledGraph.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return walk(fs.getPath(folder), suffix);
            }
            return walk(Path.of(uri), suffix);
        } catch (URISyntaxException | IOException e) {
            throw new NutriKGException("cannot list bundled folder '" + folder + "': " + e.getMessage(), e);
        }
    }

    private static List<String> walk(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }
}
