// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.option;

import java.time.Duration;

import org.w3id.nutrikg.cli.CliMessages;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --timeout SECONDS}: the longest a query may run. */
public final class TimeoutOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Duration timeout;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "stop the query after SECONDS (decimals allowed; default: no limit)")
    void setTimeout(double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new ParameterException(spec.commandLine(), CliMessages.timeoutNotPositive(seconds));
        }
        timeout = Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }

    /** The limit, or null for none. */
    public Duration timeout() {
        return timeout;
    }
}
