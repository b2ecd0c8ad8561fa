// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import org.w3id.nutrikg.model.Version;

import picocli.CommandLine.IVersionProvider;

/** Prints NutriKG's version with the versions of Apache Jena and Java it runs on. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "nutrikg " + Version.get(),
            "Apache Jena " + Version.jena() + ", Java " + System.getProperty("java.version")
        };
    }
}
