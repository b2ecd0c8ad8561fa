// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.w3id.nutrikg.model.NutriKGException;

/** The files packed into the jar (ontology/, data/, sparql/): where they are, listed and read from the classpath. */
public final class BundledResources {

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

    private BundledResources() {
    }

    /** Opens a classpath resource, failing with a clear message when it is missing. */
    public static InputStream open(String resource) {
        InputStream in = BundledResources.class.getClassLoader().getResourceAsStream(resource);
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
        URL url = BundledResources.class.getClassLoader().getResource(folder);
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
