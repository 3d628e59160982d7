package org.sabueso.network.internal;

import java.io.IOException;
import java.io.Writer;

import org.sabueso.network.GraphView;

/** Writes a graph view as GraphML (the XML format of yEd, Gephi and i2), escaping every value. */
final class GraphMl {

    private GraphMl() {
    }

    static void write(GraphView view, Writer out) throws IOException {
        out.write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
                  <key id="label" for="node" attr.name="label" attr.type="string"/>
                  <key id="type" for="node" attr.name="type" attr.type="string"/>
                  <key id="linkType" for="edge" attr.name="type" attr.type="string"/>
                  <key id="role" for="edge" attr.name="role" attr.type="string"/>
                  <key id="started" for="edge" attr.name="started" attr.type="string"/>
                  <key id="ended" for="edge" attr.name="ended" attr.type="string"/>
                  <graph id="sabueso" edgedefault="directed">
                """);
        for (GraphView.Node n : view.nodes()) {
            out.write("    <node id=\"" + n.id() + "\">");
            data(out, "label", n.label());
            data(out, "type", n.type().name());
            out.write("</node>\n");
        }
        for (GraphView.Edge e : view.edges()) {
            out.write("    <edge id=\"" + e.id() + "\" source=\"" + e.from() + "\" target=\"" + e.to() + "\">");
            data(out, "linkType", e.type().name());
            data(out, "role", e.role());
            data(out, "started", e.started() == null ? null : e.started().toString());
            data(out, "ended", e.ended() == null ? null : e.ended().toString());
            out.write("</edge>\n");
        }
        out.write("  </graph>\n</graphml>\n");
        out.flush();
    }

    private static void data(Writer out, String key, String value) throws IOException {
        if (value != null) {
            out.write("<data key=\"" + key + "\">" + escape(value) + "</data>");
        }
    }

    /** XML text: markup characters escaped, characters XML 1.0 cannot hold dropped. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }
}
