package io.github.vanban.io;

import io.github.vanban.text.ResourceTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of an HTML page, with jsoup. Scripts, forms, {@code nav}, {@code aside}, {@code footer}
 * and elements whose id or class names a menu, a footer, a share bar and the like are dropped; the block
 * that holds most paragraph text is taken as the article (with the page's {@code h1} when the block lacks
 * it); lines that are portal furniture ({@code Lượt xem: 293 Bản in Quay lại}, {@code Trang 1 / 6}) are
 * dropped, and a list of other news ({@code Tin đã đưa}) ends the article. The words and patterns are
 * resource data ({@code html-boilerplate.txt}).
 */
public final class HtmlText {

    private static final class Rules {
        static final List<String> CLASS_WORDS = new ArrayList<>();
        static final List<Pattern> DROP = new ArrayList<>();
        static final List<Pattern> END = new ArrayList<>();
        static final Pattern CLASS_SPLIT = Pattern.compile("[^a-z0-9]++");

        static {
            for (String[] f : ResourceTable.rows(HtmlText.class, "html-boilerplate.txt", 2)) {
                int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                switch (f[0]) {
                    case "class" -> CLASS_WORDS.add(f[1].strip());
                    case "drop" -> DROP.add(Pattern.compile(f[1].strip(), flags));
                    case "end" -> END.add(Pattern.compile(f[1].strip(), flags));
                    default -> throw new IllegalStateException("html-boilerplate.txt: " + String.join("\t", f));
                }
            }
        }
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final String BLOCKS = "p,div,br,li,ul,ol,tr,table,h1,h2,h3,h4,h5,h6,section,article,main,"
            + "blockquote,pre,dd,dt,dl,header,form,center,address,hr,td,th";

    private HtmlText() {
    }

    /** Reads the page {@code name} from its bytes. */
    public static ExtractedText read(String name, byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        DecodedText decoded = EncodingDetector.decode(bytes, m.find() ? m.group(1) : null);
        String text = mainText(decoded.text());
        return new ExtractedText(name, text, "html", decoded.encoding(), decoded.warnings());
    }

    /** The main text of the page {@code html}. */
    public static String mainText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script,style,noscript,iframe,form,nav,aside,footer,select,button,input,textarea,svg,object,"
                + "embed,template").remove();
        for (Element e : doc.getAllElements()) {
            if (e.parent() != null && isFurniture(e)) {
                e.remove();
            }
        }
        Element body = doc.body();
        Element main = chooseMain(body);
        StringBuilder sb = new StringBuilder();
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && main != body && !isAncestor(main, h1)) {
            sb.append(h1.text().strip()).append('\n');
        }
        appendText(main, sb);
        return cleanLines(sb.toString());
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFurniture(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        for (String token : Rules.CLASS_SPLIT.split(names)) {
            for (String word : Rules.CLASS_WORDS) {
                if (token.equals(word) || token.startsWith(word) && token.length() <= word.length() + 4) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The element holding most paragraph text: each text block scores its parent fully and grandparent half. */
    private static Element chooseMain(Element body) {
        Elements marked = body.select("article, main, [itemprop=articleBody]");
        if (!marked.isEmpty()) {
            Element best = null;
            for (Element e : marked) {
                if (best == null || e.text().length() > best.text().length()) {
                    best = e;
                }
            }
            if (best.text().length() > 200) {
                return best;
            }
        }
        Map<Element, Double> score = new IdentityHashMap<>();
        for (Element p : body.select("p, div, td, span, font, li, blockquote")) {
            int len = p.ownText().length();
            if (len < 25) {
                continue;
            }
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, (double) len, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    score.merge(grand, len / 2.0, Double::sum);
                }
            }
            score.merge(p, len * 0.25, Double::sum);
        }
        Element best = body;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                bestScore = e.getValue();
                best = e.getKey();
            }
        }
        // a block that holds too little of the page's text is probably one paragraph: widen to its parent
        int total = body.text().length();
        while (best != body && best.parent() != null && best.text().length() < total * 0.2
                && best.parent().text().length() < total * 0.9) {
            best = best.parent();
        }
        return best;
    }

    private static void appendText(Element root, StringBuilder sb) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replaceAll("\\s++", " ");
                    if (!s.isEmpty()) {
                        sb.append(s);
                    }
                } else if (node instanceof Element e && e.is(BLOCKS)) {
                    newline(sb);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        sb.append(' ');
                    } else if (e.is(BLOCKS)) {
                        newline(sb);
                    }
                }
            }
        }, root);
    }

    private static void newline(StringBuilder sb) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
        }
    }

    private static String cleanLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blank = false;
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                blank = out.length() > 0;
                continue;
            }
            if (matchesAny(Rules.END, line)) {
                break;
            }
            if (matchesAny(Rules.DROP, line)) {
                continue;
            }
            if (blank) {
                out.append('\n');
                blank = false;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static boolean matchesAny(List<Pattern> patterns, String line) {
        for (Pattern p : patterns) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}
