package eu.regioacademy.participation.ui;

import eu.regioacademy.platform.ui.MarkupText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A box for server-drawn SVG markup. Once the boxes are on the page, their container has the
 * browser fetch each drawing ({@link #fetchDrawings}) and set it as inner HTML: the HTML parser
 * puts it in the SVG namespace (an {@code Html} component would create plain HTML elements,
 * which browsers do not draw), and its links,
 * titles and descriptions work as if it had been sent inline. Sent inline, each drawing stayed
 * in server memory as a string for as long as the tab was open (the member-region map alone
 * is tens of kilobytes); here only its gzip-compressed bytes stay, served by this box's own
 * download handler, which only this session's UI can reach and which answers with what the
 * dashboard service gave this user for this filter.
 */
class InlineSvg extends Div {

    private final byte[] gzipped;

    InlineSvg(String svg, String className) {
        this(svg, className, "");
    }

    /**
     * With markup around the drawing (texts escaped by the caller), in this same element: the drawing goes
     * into the frame's element marked {@code data-svg}. One state node for a whole panel rather than one per
     * heading, text and box.
     */
    InlineSvg(String svg, String className, String frame) {
        addClassName(className);
        if (!frame.isEmpty()) MarkupText.setHtml(this, frame);
        gzipped = gzip(svg);
        DownloadHandler drawing = event -> {
            // markup for an element's inner HTML: the drawing, and in a chart panel its table
            event.getResponse().setContentType("text/html;charset=UTF-8");
            event.getResponse().setHeader("Content-Encoding", "gzip");
            event.getResponse().setHeader("Cache-Control", "no-store");
            event.getOutputStream().write(gzipped);
        };
        getElement().setAttribute("data-src", drawing);
    }

    /**
     * Has the browser fetch the drawings of the boxes just added to a container: one script for all of
     * them rather than one per box, each kept in Vaadin's last answer per open tab.
     */
    static void fetchDrawings(Component container) {
        container.getElement().executeJs("this.querySelectorAll(':scope > [data-src]').forEach(box =>"
                + " fetch(box.dataset.src).then(r => r.ok ? r.text() : Promise.reject(r.status))"
                + ".then(markup => { (box.querySelector('[data-svg]') || box).innerHTML = markup; }))");
    }

    /** The drawing as the browser gets it. */
    String markup() {
        try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(String svg) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(svg.length() / 6 + 64);
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(svg.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
