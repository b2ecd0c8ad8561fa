// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.option;

import org.apache.jena.rdf.model.RDFNode;
import org.w3id.nutrikg.cli.CliMessages;
import org.w3id.nutrikg.model.InvalidArgumentException;
import org.w3id.nutrikg.model.query.QueryParameters;

import picocli.CommandLine.ITypeConverter;

/** One {@code --param NAME=VALUE}: a variable name and the RDF term bound to it. */
public record QueryParam(String name, RDFNode value) {

    /**
     * Reads {@code NAME=VALUE} as picocli hands it over (a picocli Map would read quotes in values such as
     * {@code "text"@en} and warn on stderr); a value that is not a term fails with the model's message.
     */
    public static final class Converter implements ITypeConverter<QueryParam> {
        @Override
        public QueryParam convert(String param) {
            int eq = param.indexOf('=');
            if (eq < 0) {
                throw new OptionValueException(CliMessages.paramWithoutEquals(param));
            }
            try {
                return new QueryParam(QueryParameters.name(param.substring(0, eq)),
                        QueryParameters.value(param.substring(eq + 1)));
            } catch (InvalidArgumentException e) {
                throw new OptionValueException(e.getMessage());
            }
        }
    }
}
