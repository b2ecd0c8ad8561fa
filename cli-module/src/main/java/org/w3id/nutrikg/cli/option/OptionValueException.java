// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.option;

import picocli.CommandLine.TypeConversionException;

/** An option value a converter refuses, with a message that names the option itself and is printed as it is. */
public class OptionValueException extends TypeConversionException {
    private static final long serialVersionUID = 1L;

    public OptionValueException(String message) {
        super(message);
    }
}
