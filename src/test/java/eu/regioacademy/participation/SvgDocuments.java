package eu.regioacademy.participation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads rendered SVG back as XML, the way a browser's parser would have to accept it inline. */
final class SvgDocuments {

    static final String SVG = "http://www.w3.org/2000/svg";

    private static final Pattern NUMBERS = Pattern.compile("-?\\d+(\\.\\d+)?( -?\\d+(\\.\\d+)?)*");
    private static final Pattern POINTS = Pattern.compile("-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?( -?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?)*");
    private static final Pattern ROTATE = Pattern.compile("rotate\\(-?\\d+(\\.\\d+)? -?\\d+(\\.\\d+)? -?\\d+(\\.\\d+)?\\)");
    private static final List<String> NUMERIC = List.of("x", "y", "width", "height", "x1", "y1", "x2", "y2", "viewBox",
            "font-size", "stroke-width");

    private SvgDocuments() {
    }

    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    static List<Element> elements(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(SVG, localName);
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The first {@code title} child of an element, which is its tooltip. */
    static String titleOf(Element element) {
        for (var node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && "title".equals(child.getLocalName())) {
                return child.getTextContent();
            }
        }
        throw new AssertionError("<" + element.getLocalName() + "> has no <title>");
    }

    /** Every attribute that holds a coordinate or size, with anything but plain '.'-decimal numbers in it. */
    static List<String> malformedNumbers(Document document) {
        List<String> bad = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS(SVG, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            boolean root = element == document.getDocumentElement();
            for (String name : NUMERIC) {
                String value = element.getAttribute(name);
                if (!value.isEmpty() && !(root && name.equals("width") && value.equals("100%"))
                        && !NUMBERS.matcher(value).matches()) {
                    bad.add(element.getLocalName() + " " + name + "=\"" + value + "\"");
                }
            }
            String points = element.getAttribute("points");
            if (!points.isEmpty() && !POINTS.matcher(points).matches()) {
                bad.add(element.getLocalName() + " points=\"" + points + "\"");
            }
            String transform = element.getAttribute("transform");
            if (!transform.isEmpty() && !ROTATE.matcher(transform).matches()) {
                bad.add(element.getLocalName() + " transform=\"" + transform + "\"");
            }
        }
        return bad;
    }
}
