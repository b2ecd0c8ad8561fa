// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import java.util.Locale;

import org.w3id.nutrikg.model.io.Progress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows an operation's {@link Progress} as a progress bar on stderr: size of input read, percentage and
 * time left, with the triples handled and their rate. Only on a terminal and without -q; scripts and logs
 * get the command's one-line summary instead.
 */
public final class TerminalProgress implements Progress {

    private ProgressBar bar;
    private long begun;
    private long triples;

    private TerminalProgress() {
    }

    /** A progress bar when the command runs on a terminal and is not quiet, otherwise nothing. */
    public static Progress of(NutriKG top) {
        return !top.quiet() && System.console() != null ? new TerminalProgress() : Progress.NONE;
    }

    @Override
    public void begin(String phase, long total) {
        end();
        boolean big = total >= 10L << 20;
        ProgressBarBuilder b = new ProgressBarBuilder()
                .setTaskName(phase)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setInitialMax(total > 0 ? total : -1);
        if (total > 0) {
            b.setUnit(big ? " MB" : " kB", big ? 1L << 20 : 1L << 10);
        } else {
            b.hideEta();
        }
        bar = b.build();
        begun = System.nanoTime();
        if (triples > 0) {
            bar.setExtraMessage(String.format(Locale.ROOT, "%,d triples", triples));
        }
    }

    @Override
    public void advance(long done, long triples) {
        this.triples = triples;
        if (bar == null) {
            return;
        }
        if (!bar.isIndefinite()) {
            bar.stepTo(Math.min(done, bar.getMax()));
        }
        double seconds = (System.nanoTime() - begun) / 1e9;
        bar.setExtraMessage(seconds > 0.5
                ? String.format(Locale.ROOT, "%,d triples, %,.0f/s", triples, triples / seconds)
                : String.format(Locale.ROOT, "%,d triples", triples));
    }

    @Override
    public void end() {
        if (bar != null) {
            if (!bar.isIndefinite()) {
                bar.stepTo(bar.getMax());
            }
            bar.close();
            bar = null;
        }
    }
}
