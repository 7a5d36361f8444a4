package eu.regioacademy.training;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Lesson Markdown to HTML that is safe to show: raw HTML in the source is escaped, and the
 * result is cleaned again with an allow-list (links and images only from http(s) and mailto).
 * A link to another lesson file ({@code 02-health.md}) becomes a link to that lesson's page.
 */
@Component
public class MarkdownRenderer {

    private static final Pattern LESSON_FILE = Pattern.compile("^\\d{2}-([a-z0-9-]+)(?:\\.[a-z]{2})?\\.md(#.*)?$");
    private static final Safelist SAFE = Safelist.relaxed()
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .addAttributes("a", "target", "rel")
            .preserveRelativeLinks(true);

    private final List<Extension> extensions = List.of(TablesExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions).build();

    public String toSafeHtml(String markdown, String moduleCode) {
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Link && attributes.containsKey("href")) {
                        String href = attributes.get("href");
                        Matcher lesson = LESSON_FILE.matcher(href);
                        if (lesson.matches()) {
                            attributes.put("href", "modules/" + moduleCode + "/lessons/" + lesson.group(1));
                        } else if (href.startsWith("http")) {
                            attributes.put("target", "_blank");
                            attributes.put("rel", "noopener noreferrer");
                        }
                    }
                })
                .build();
        String html = renderer.render(parser.parse(markdown));
        return Jsoup.clean(html, "http://localhost/", SAFE);
    }
}
