// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.query;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.resultset.ResultSetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.InvalidArgumentException;
import org.w3id.nutrikg.model.WorkFailedException;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.io.RdfOutput;

/** Runs one SPARQL query over a dataset and writes its results. */
public final class QueryOperation {

    private static final Logger LOG = LoggerFactory.getLogger(QueryOperation.class);
    private static final Pattern VARIABLE = Pattern.compile("[?$]([A-Za-z_][A-Za-z0-9_]*)");

    private QueryOperation() {
    }

    /** What a query was and what it gave: its kind, and its rows or triples (-1 when not counted). */
    public record Outcome(String kind, long rows) {
    }

    /**
     * Parses and checks {@code queryText}, binds the parameters, runs it over {@code source} and writes the
     * results to {@code out} in the format the options give for its kind of query.
     */
    public static Outcome run(GraphSource source, QueryText queryText, QueryOptions options, OutputStream out) {
        return run(source, prepare(queryText, options), options, out);
    }

    /** Runs a query that {@link #prepare} returned over {@code source} and writes its results to {@code out}. */
    public static Outcome run(GraphSource source, Query query, QueryOptions options, OutputStream out) {
        try (QueryExecution qe = source.query(query, options.params(), options.timeout(), options.allowService())) {
            return execute(qe, query, options, out);
        } catch (QueryCancelledException e) {
            throw new WorkFailedException(QueryMessages.timedOut(seconds(options)), e);
        } catch (QueryDeniedException e) {
            // prepare() finds every SERVICE; this is the engine's own guard, should one slip through
            throw new BadInputException(QueryText.INLINE, QueryMessages.SERVICE_REFUSED, e);
        } catch (QueryExceptionHTTP e) {
            throw new WorkFailedException(QueryMessages.remoteFailed(httpProblem(e)), e);
        } catch (ResultSetException e) {
            throw new WorkFailedException(QueryMessages.remoteUnreadable(firstLine(e.getMessage())), e);
        }
    }

    /** What went wrong with an HTTP request, in a few words: the status, or the network error. */
    static String httpProblem(QueryExceptionHTTP e) {
        String url = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^.*?\\b((?:GET|POST) )?(https?://[^?\\s]*).*$", "$2");
        String where = url.startsWith("http") ? url + ": " : "";
        if (e.getStatusCode() > 0) {
            return where + "HTTP " + e.getStatusCode() + (e.getStatusLine() == null ? "" : " " + e.getStatusLine());
        }
        Throwable root = e;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            root = t;
            if (t instanceof java.net.ConnectException || t instanceof java.nio.channels.ClosedChannelException) {
                return where + "connection refused";
            }
        }
        String what = root instanceof java.net.http.HttpTimeoutException ? "no answer in time"
                : root instanceof java.nio.channels.UnresolvedAddressException || root instanceof java.net.UnknownHostException
                        ? "unknown host"
                : root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + firstLine(root.getMessage()));
        return where + what;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.strip().lines().findFirst().orElse("");
    }

    /** Parses the query and checks its parameters and SERVICE use, without running it. */
    public static Query prepare(QueryText queryText, QueryOptions options) {
        Query query = QueryParsing.parse(queryText);
        checkParameters(queryText, options.params());
        List<String> services = QueryParsing.serviceEndpoints(query);
        if (!services.isEmpty() && !options.allowService()) {
            throw new BadInputException(queryText.origin(), QueryMessages.serviceRefused(services.get(0)));
        }
        return query;
    }

    private static Outcome execute(QueryExecution qe, Query query, QueryOptions options, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            long rows = writeSelect(rs, query, options.resultFormat(), out);
            if (rows >= 0) {
                LOG.info("{} rows", rows);
            }
            return new Outcome("SELECT", rows);
        }
        if (query.isAskType()) {
            boolean answer = qe.execAsk();
            writeAsk(answer, options.resultFormat(), out);
            return new Outcome("ASK", 1);
        }
        if (query.isConstructType() || query.isDescribeType()) {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RdfOutput.write(m.getGraph(), options.graphFormat(), out);
            return new Outcome(query.isConstructType() ? "CONSTRUCT" : "DESCRIBE", m.size());
        }
        throw new BadInputException(QueryText.INLINE, QueryMessages.UNSUPPORTED_KIND);
    }

    private static long writeSelect(ResultSet rs, Query query, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> {
                return TextTable.write(rs, query.getPrefixMapping(), out);
            }
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            case XML -> ResultSetFormatter.outputAsXML(out, rs);
            default -> throw new IllegalStateException(format.name());
        }
        // the streaming writers do not report how many rows they wrote
        return -1;
    }

    private static void writeAsk(boolean answer, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, answer);
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            case XML -> ResultSetFormatter.outputAsXML(out, answer);
            default -> throw new IllegalStateException(format.name());
        }
    }

    private static void checkParameters(QueryText qt, Map<String, RDFNode> params) {
        if (params.isEmpty()) {
            return;
        }
        Set<String> allowed = new TreeSet<>();
        List<String> declared = qt.named() != null ? qt.named().parameters()
                : NamedQueries.parse(qt.origin(), qt.text()).parameters();
        if (!declared.isEmpty()) {
            allowed.addAll(declared);
        } else {
            Matcher m = VARIABLE.matcher(qt.text().replaceAll("(?m)#.*$", ""));
            while (m.find()) {
                allowed.add(m.group(1));
            }
        }
        for (String name : params.keySet()) {
            if (!allowed.contains(name)) {
                String what = qt.named() != null ? "query '" + qt.named().name() + "'" : qt.origin();
                throw new InvalidArgumentException(QueryMessages.unknownParameter(name, what, List.copyOf(allowed)));
            }
        }
    }

    private static String seconds(QueryOptions options) {
        long ms = options.timeout().toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }
}
