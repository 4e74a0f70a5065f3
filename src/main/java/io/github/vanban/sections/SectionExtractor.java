package io.github.vanban.sections;

import io.github.vanban.ParseContext;
import io.github.vanban.Span;
import io.github.vanban.text.MatchKey;
import io.github.vanban.text.NormalizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the {@link Section}s of a document (annotation guide §1): numbered headings at the start of a
 * line, nested by the order their label styles take in this document, each with its title, kind,
 * heading line and body. Stateless and thread-safe.
 *
 * <p>One pass over the line starts reads candidate labels ({@link LabelReader}); a label is kept when it
 * fits a sequence of its style ({@code 1, 2, 3}; {@code a, b, c}; {@code I, II, III}), so that a
 * quantity or a name's initial at the start of a wrapped line ({@code 7. Tiếp tục}, {@code V. Hùng})
 * is not taken for a heading; levels come from a {@link LevelLadder}. A text without line breaks has no
 * sections.
 */
public final class SectionExtractor {

    private static final int CAPS_SAMPLE = 60;

    private final LabelReader reader = new LabelReader();
    private final SectionKindClassifier kinds;
    private final SectionKindModel kindModel;

    /** An extractor with the library's kind table. */
    public SectionExtractor() {
        this(SectionKindClassifier.standard());
    }

    /** An extractor that reads kinds with {@code kinds}. */
    public SectionExtractor(SectionKindClassifier kinds) {
        this(kinds, null);
    }

    /**
     * An extractor that reads kinds with {@code kinds}, and with the trained {@code kindModel} where the
     * table finds no kind word (see {@link SectionKindModel#kind(String, KindMatch)}); null for none.
     */
    public SectionExtractor(SectionKindClassifier kinds, SectionKindModel kindModel) {
        this.kinds = kinds;
        this.kindModel = kindModel;
    }

    private SectionKind kindOf(String normalizedTitle) {
        String key = MatchKey.of(normalizedTitle);
        KindMatch match = kinds.classifyMatchKey(key);
        // the model decides where the table found no kind word (SectionKindModel.kind(String, KindMatch))
        return kindModel == null || match.keyword() != null ? match.kind() : kindModel.kindOfNormalized(normalizedTitle, key);
    }

    /** The top-level sections of the document, each holding its nested ones, in document order. */
    public List<Section> extract(ParseContext context) {
        try {
            return find(context);
        } catch (RuntimeException e) {
            context.warn("sections.failed", "sections could not be read: " + e, -1, -1);
            return List.of();
        }
    }

    /** A heading found in the text, with what is known of it while the document is read. */
    private static final class Heading {
        final HeadingLabel label;
        final int line;
        int level;
        int start;
        int end;
        int titleStart;
        int titleEnd;
        /** Its place among the candidates while they are sifted. */
        int index;

        Heading(HeadingLabel label, int line) {
            this.label = label;
            this.line = line;
        }
    }

    private List<Section> find(ParseContext context) {
        NormalizedText nt = context.text();
        String t = nt.text();
        int trimmedEnd = LabelReader.trimEnd(t, t.length(), 0);
        if (t.lastIndexOf('\n', trimmedEnd - 1) < 0) {
            return List.of();
        }
        List<Heading> candidates = new ArrayList<>();
        BitSet labelLines = new BitSet();
        // the lines are cut here in the one pass that reads their labels
        int[] starts = new int[64];
        int lines = 0;
        for (int s = 0; ; lines++) {
            int nl = t.indexOf('\n', s);
            if (lines == starts.length) {
                starts = Arrays.copyOf(starts, lines * 2);
            }
            starts[lines] = s;
            HeadingLabel l = reader.read(t, s, nl < 0 ? t.length() : nl);
            if (l != null) {
                candidates.add(new Heading(l, lines));
                labelLines.set(lines);
            }
            if (nl < 0) {
                lines++;
                break;
            }
            s = nl + 1;
        }
        Lines lineStarts = new Lines(starts, lines, t.length());
        List<Heading> headings = accept(t, settleCapitals(t, candidates));
        if (headings.isEmpty()) {
            return List.of();
        }
        LevelLadder ladder = new LevelLadder();
        for (Heading h : headings) {
            ladder.add(h.label.style(), h.label.depth());
        }
        for (Heading h : headings) {
            h.level = ladder.level(h.label.style(), h.label.depth());
            place(t, lineStarts, h, labelLines);
        }
        return build(context, headings, 0, headings.size(), t.length());
    }

    /** Settles single capitals that read as Roman numerals or letters ({@code V.}, {@code X.}). */
    private static List<Heading> settleCapitals(String t, List<Heading> candidates) {
        List<Heading> out = new ArrayList<>(candidates.size());
        int lastRoman = 0;
        int lastUpper = 0;
        for (Heading h : candidates) {
            HeadingLabel l = h.label;
            if (l.letterLike()) {
                int v = l.value();
                int letter = LabelReader.UPPER_ALPHABET.indexOf(l.label().charAt(0)) + 1;
                boolean romanNext = lastRoman > 0 && (v == lastRoman + 1 || v == lastRoman);
                boolean letterNext = lastUpper > 0 && (letter == lastUpper + 1 || letter == lastUpper + 2);
                boolean capital = l.bare() || headingStart(t.charAt(l.titleStart()));
                if (!capital) {
                    continue;
                }
                if (letterNext && !romanNext) {
                    h = new Heading(l.as(LabelStyle.UPPER_LETTER, l.label(), letter), h.line);
                } else if (v == 1 || romanNext || allCaps(t, l)) {
                    h = new Heading(l.as(LabelStyle.ROMAN, l.label(), v), h.line);
                } else {
                    continue; // a name's initial: V. Hùng
                }
            }
            if (h.label.style() == LabelStyle.ROMAN) {
                lastRoman = h.label.value();
            } else if (h.label.style() == LabelStyle.UPPER_LETTER) {
                lastUpper = h.label.value();
            }
            out.add(h);
        }
        return out;
    }

    /** Keeps the labels that fit a sequence of their style. */
    private static List<Heading> accept(String t, List<Heading> candidates) {
        Map<LabelStyle, List<Heading>> byStyle = new HashMap<>();
        for (Heading h : candidates) {
            byStyle.computeIfAbsent(h.label.style(), s -> new ArrayList<>()).add(h);
        }
        BitSet keep = new BitSet(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            candidates.get(i).index = i;
        }
        Set<String> numbers = dottedParents(candidates);
        for (List<Heading> run : byStyle.values()) {
            boolean prevKept = false;
            for (int k = 0; k < run.size(); k++) {
                HeadingLabel l = run.get(k).label;
                int v = l.value();
                int prev = k > 0 ? run.get(k - 1).label.value() : Integer.MIN_VALUE;
                int next = k + 1 < run.size() ? run.get(k + 1).label.value() : Integer.MIN_VALUE;
                // the sequence goes on (a number or two may be missing), or repeats a kept label (3.2, 3.2)
                boolean linked = (prev >= v - 2 && prev < v) || (next > v && next <= v + 2) || (prev == v && prevKept);
                boolean ok = switch (l.style()) {
                    case PART, CHAPTER, CHAPTER_SECTION -> true;
                    case ROMAN -> linked || l.bare() || headingStart(t.charAt(l.titleStart()));
                    case DOTTED -> l.depth() > 1 || l.separator() != 0 || linked
                            || numbers.contains(run.get(k).line + ":" + parent(l.label()));
                    // a lone "Điều 5." is a citation wrapped onto a new line, and an article outranks every
                    // other label: one false article would shift every level of the document
                    case ARTICLE -> v == 1 || linked;
                    case UPPER_LETTER -> linked || (v == 1 && allCaps(t, l));
                    // "1. 035 người": a number split at its thousands dot needs a sequence to be a label
                    case ARABIC -> linked || (v == 1 && (l.bare() || !Character.isDigit(t.charAt(l.titleStart()))));
                    default -> v == 1 || linked;
                };
                if (ok) {
                    keep.set(run.get(k).index);
                }
                prevKept = ok;
            }
        }
        List<Heading> out = new ArrayList<>(keep.cardinality());
        for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
            out.add(candidates.get(i));
        }
        return out;
    }

    /**
     * For each dotted candidate, {@code line:parent} when its parent number ({@code 2} for {@code 2.1},
     * {@code 2.3} for {@code 2.3.1}) stands as a label on an earlier line: a dotted label under its
     * heading, not a decimal or a date ({@code 15.7 Khai mạc}).
     */
    private static Set<String> dottedParents(List<Heading> candidates) {
        Set<String> seen = new HashSet<>();
        Set<String> out = new HashSet<>();
        for (Heading h : candidates) {
            LabelStyle st = h.label.style();
            if (st == LabelStyle.DOTTED && seen.contains(parent(h.label.label()))) {
                out.add(h.line + ":" + parent(h.label.label()));
            }
            if (st == LabelStyle.ARABIC || st == LabelStyle.DOTTED) {
                seen.add(numberKey(h.label.label()));
            }
        }
        return out;
    }

    private static String parent(String dotted) {
        int cut = dotted.lastIndexOf('.');
        return numberKey(cut < 0 ? dotted : dotted.substring(0, cut));
    }

    /** A dotted or plain number without leading zeros: {@code 01.2} → {@code 1.2}. */
    private static String numberKey(String label) {
        StringBuilder sb = new StringBuilder();
        for (String g : label.split("\\.")) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(Integer.parseInt(g));
        }
        return sb.toString();
    }

    /** Whether a heading's words may start with {@code c}: a capital, a digit, a quote or bracket. */
    private static boolean headingStart(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '(' || c == '[' || c == '\'';
    }

    /** Whether the words after a label are in capitals ({@code V. KẾT LUẬN}). */
    private static boolean allCaps(String t, HeadingLabel l) {
        int letters = 0;
        int end = Math.min(l.lineEnd(), l.titleStart() + CAPS_SAMPLE);
        for (int i = l.titleStart(); i < end; i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** Where the lines of a text start, the first at 0 (as {@link NormalizedText#lineStarts()}). */
    private record Lines(int[] starts, int count, int textLength) {
        int start(int line) {
            return starts[line];
        }

        /** Where a line ends, before its line feed. */
        int end(int line) {
            return line + 1 < count ? starts[line + 1] - 1 : textLength;
        }
    }

    /** Fixes a heading's extent and its title's: the rest of its line, or the next non-empty line. */
    private static void place(String t, Lines lines, Heading h, BitSet labelLines) {
        int ls = lines.start(h.line);
        int s = ls;
        while (s < h.label.lineEnd() && (t.charAt(s) == ' ' || t.charAt(s) == '\t')) {
            s++;
        }
        h.start = s;
        h.end = h.label.lineEnd();
        h.titleStart = h.label.titleStart();
        h.titleEnd = h.label.lineEnd();
        if (!h.label.bare()) {
            return;
        }
        for (int i = h.line + 1; i < lines.count(); i++) {
            int a = lines.start(i);
            int b = LabelReader.trimEnd(t, lines.end(i), a);
            while (a < b && Character.isWhitespace(t.charAt(a))) {
                a++;
            }
            if (a == b) {
                continue;
            }
            if (!labelLines.get(i)) {
                h.titleStart = a;
                h.titleEnd = b;
                h.end = b;
            }
            return;
        }
    }

    private List<Section> build(ParseContext context, List<Heading> headings, int from, int to, int limit) {
        List<Section> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Heading h = headings.get(i);
            int j = i + 1;
            while (j < to && headings.get(j).level > h.level) {
                j++;
            }
            int bodyEnd = j < to ? headings.get(j).start : limit;
            List<Section> children = build(context, headings, i + 1, j, bodyEnd);
            String title = h.titleEnd > h.titleStart ? stripEmphasis(context.span(h.titleStart, h.titleEnd).text()) : "";
            Span heading = trimmed(context.span(h.start, h.end));
            NormalizedText text = context.text();
            int bodyTo = Math.max(h.end, bodyEnd);
            if (bodyTo > text.length()) {
                throw new IndexOutOfBoundsException("range [" + h.end + ", " + bodyTo + ") of " + text.length());
            }
            int bodyStartOriginal = text.toOriginal(h.end);
            int bodyEndOriginal = bodyTo == h.end ? bodyStartOriginal : text.toOriginalEnd(bodyTo);
            if (bodyStartOriginal > heading.end()) { // the body takes back what was trimmed off the heading
                bodyStartOriginal = heading.end();
            }
            String normalizedTitle = h.titleEnd > h.titleStart
                    ? stripEmphasis(RunOnTitle.kindText(text.text(), h.titleStart, h.titleEnd, reader)) : "";
            out.add(new Section(h.label.label(), h.level, title, kindOf(normalizedTitle),
                    heading, bodyStartOriginal, bodyEndOriginal, children));
            i = j;
        }
        return out;
    }

    /** The span without white space at its end (a CR of a CR LF line end stays out of the heading). */
    private static Span trimmed(Span s) {
        String x = s.text();
        int n = x.length();
        while (n > 0 && Character.isWhitespace(x.charAt(n - 1))) {
            n--;
        }
        return n == x.length() ? s : new Span(s.start(), s.start() + n, x.substring(0, n));
    }

    /** The title without markdown emphasis marks ({@code **MỤC ĐÍCH**} → {@code MỤC ĐÍCH}). */
    static String stripEmphasis(String title) {
        if (title.indexOf('*') < 0 && title.indexOf("__") < 0) {
            return title.strip();
        }
        String s = title.replace("**", "").replace("__", "");
        int a = 0;
        int b = s.length();
        while (a < b && (LabelReader.isEmphasis(s.charAt(a)) || Character.isWhitespace(s.charAt(a)))) {
            a++;
        }
        while (b > a && (LabelReader.isEmphasis(s.charAt(b - 1)) || Character.isWhitespace(s.charAt(b - 1)))) {
            b--;
        }
        return s.substring(a, b);
    }
}
