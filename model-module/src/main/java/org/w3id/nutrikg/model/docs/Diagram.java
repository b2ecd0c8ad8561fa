// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * A node-and-edge diagram laid out by the Eclipse Layout Kernel's layered algorithm (no coordinate is placed by
 * hand) and drawn as inline SVG: each node a labelled box that links to its page, each edge a path with an arrow.
 * The same nodes and edges, added in the same order, give the same SVG.
 */
final class Diagram {

    /** A box: its id, its label, the page it links to (or null), and its style class. */
    record Box(String id, String label, String href, String style, String tooltip) {
    }

    /** An arrow from one box to another, with a style class. */
    record Arrow(String from, String to, String style) {
    }

    private static final double CHAR_WIDTH = 6.6;
    private static final double HEIGHT = 26;
    private static final double PAD = 10;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private final String id;
    private final String title;
    private final Direction direction;
    private final Map<String, Box> boxes = new LinkedHashMap<>();
    private final List<Arrow> arrows = new ArrayList<>();

    /**
     * @param id        a prefix for the ids inside the SVG, unique on its page
     * @param title     what the diagram shows, for screen readers
     * @param direction where edges point: RIGHT, LEFT, DOWN or UP
     */
    Diagram(String id, String title, Direction direction) {
        this.id = id;
        this.title = title;
        this.direction = direction;
    }

    void box(Box b) {
        boxes.putIfAbsent(b.id(), b);
    }

    void arrow(Arrow a) {
        if (boxes.containsKey(a.from()) && boxes.containsKey(a.to()) && !a.from().equals(a.to())) {
            arrows.add(a);
        }
    }

    boolean isEmpty() {
        return boxes.isEmpty();
    }

    /** Lays the diagram out and writes it as an SVG element, for inclusion in an HTML page. */
    String svg() {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, direction);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 14.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 46.0);
        root.setProperty(CoreOptions.SPACING_EDGE_NODE, 8.0);
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(PAD));
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (Box b : boxes.values()) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setIdentifier(b.id());
            n.setDimensions(width(b.label()), HEIGHT);
            nodes.put(b.id(), n);
        }
        List<ElkEdge> edges = new ArrayList<>();
        for (Arrow a : arrows) {
            edges.add(ElkGraphUtil.createSimpleEdge(nodes.get(a.from()), nodes.get(a.to())));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        StringBuilder sb = new StringBuilder();
        double w = Math.ceil(root.getWidth());
        double h = Math.ceil(root.getHeight());
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" viewBox=\"0 0 ").append(num(w))
                .append(' ').append(num(h)).append("\" width=\"").append(num(w)).append("\" height=\"")
                .append(num(h)).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\">\n");
        sb.append("<title id=\"").append(id).append("-title\">").append(Html.esc(title)).append("</title>\n");
        sb.append("<defs><marker id=\"").append(id).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" ")
                .append("markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" class=\"arrowhead\"/></marker></defs>\n");
        for (int i = 0; i < edges.size(); i++) {
            ElkEdge e = edges.get(i);
            Arrow a = arrows.get(i);
            for (ElkEdgeSection s : e.getSections()) {
                StringBuilder d = new StringBuilder("M").append(num(s.getStartX())).append(',')
                        .append(num(s.getStartY()));
                for (ElkBendPoint bp : s.getBendPoints()) {
                    d.append(" L").append(num(bp.getX())).append(',').append(num(bp.getY()));
                }
                d.append(" L").append(num(s.getEndX())).append(',').append(num(s.getEndY()));
                sb.append("<path class=\"edge ").append(a.style()).append("\" d=\"").append(d)
                        .append("\" marker-end=\"url(#").append(id).append("-arrow)\"/>\n");
            }
        }
        for (Box b : boxes.values()) {
            ElkNode n = nodes.get(b.id());
            String open = b.href() == null ? "<g>" : "<a href=\"" + Html.esc(b.href()) + "\">";
            String close = b.href() == null ? "</g>" : "</a>";
            sb.append(open).append("<title>").append(Html.esc(b.tooltip())).append("</title>")
                    .append("<rect class=\"node ").append(b.style()).append("\" x=\"").append(num(n.getX()))
                    .append("\" y=\"").append(num(n.getY())).append("\" width=\"").append(num(n.getWidth()))
                    .append("\" height=\"").append(num(n.getHeight())).append("\" rx=\"5\"/>")
                    .append("<text x=\"").append(num(n.getX() + n.getWidth() / 2)).append("\" y=\"")
                    .append(num(n.getY() + n.getHeight() / 2 + 4)).append("\" text-anchor=\"middle\">")
                    .append(Html.esc(b.label())).append("</text>").append(close).append('\n');
        }
        sb.append("</svg>");
        return sb.toString();
    }

    private static double width(String label) {
        return Math.max(48, Math.ceil(label.length() * CHAR_WIDTH) + 18);
    }

    private static String num(double d) {
        String s = String.format(Locale.ROOT, "%.1f", d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
