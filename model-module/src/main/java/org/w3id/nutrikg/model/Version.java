// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this NutriKG build. */
public final class Version {

    private static final Properties PROPERTIES = read();

    private Version() {
    }

    /** The Maven project version, e.g. "0.1.0-SNAPSHOT". */
    public static String get() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    /** The Apache Jena version NutriKG was built with. */
    public static String jena() {
        return PROPERTIES.getProperty("jena.version", "unknown");
    }

    private static Properties read() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // leave the versions unknown
        }
        return p;
    }
}
