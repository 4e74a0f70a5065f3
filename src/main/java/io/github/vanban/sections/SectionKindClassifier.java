package io.github.vanban.sections;

import io.github.vanban.text.MatchKey;
import io.github.vanban.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Says what a section is for from its title alone, by the keyword table of the annotation guide
 * ({@code kind-keywords.tsv}): {@code MỤC ĐÍCH, YÊU CẦU} is {@link SectionKind#PURPOSE},
 * {@code TỔ CHỨC THỰC HIỆN} is {@link SectionKind#IMPLEMENTATION}, a topic title such as
 * {@code Công tác tuyên truyền} is {@link SectionKind#OTHER}. When a title holds words of two kinds the
 * kind listed first in the table wins ({@code ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN} is RESULTS). Matching ignores
 * case, tone-mark placement ({@code hoà}/{@code hòa}) and i/y spelling.
 *
 * <p>The table's rows: {@code KIND<TAB>phrase} a keyword; {@code !<TAB>phrase} a phrase whose words count
 * for nothing where it stands (the petition {@code kiến nghị} of {@code khiếu nại, tố cáo, kiến nghị});
 * {@code !KIND<TAB>phrase} such a phrase that is itself a keyword of KIND ({@code chưa đạt được});
 * {@code ^KIND<TAB>phrase} a title opening that settles the kind ({@code Ban hành kèm theo …}, an enacting
 * article).
 *
 * <p>Immutable and thread-safe; the table is read once.
 */
public final class SectionKindClassifier {

    private record Keyword(SectionKind kind, String phrase, String[] parts) {
    }

    /** A phrase whose words count for nothing else where it stands; it is a keyword of {@code kind} if set. */
    private record Shield(SectionKind kind, String phrase, String key) {
    }

    /** A title opening that settles the kind whatever follows ({@code Ban hành kèm theo …}). */
    private record Opening(SectionKind kind, String phrase, String key) {
    }

    private static final class Holder {
        static final SectionKindClassifier STANDARD = new SectionKindClassifier(Tables.rows("kind-keywords.tsv"));
    }

    /** A title longer than this many words runs on into a sentence ... */
    private static final int LONG_TITLE_WORDS = 12;
    /** ... where a keyword after its first words may be in passing: the match is then not confident. */
    private static final int HEAD_WORDS = 6;

    private final List<Keyword> keywords;
    private final List<Shield> shields;
    private final List<Opening> openings;

    private SectionKindClassifier(List<String[]> rows) {
        List<Keyword> kws = new ArrayList<>();
        List<Shield> sh = new ArrayList<>();
        List<Opening> op = new ArrayList<>();
        for (String[] row : rows) {
            String kind = row[0].trim();
            String phrase = row[1].trim();
            if (kind.startsWith("!")) {
                sh.add(new Shield(kind.length() > 1 ? SectionKind.valueOf(kind.substring(1)) : null, phrase, key(phrase)));
            } else if (kind.startsWith("^")) {
                op.add(new Opening(SectionKind.valueOf(kind.substring(1)), phrase, key(phrase)));
            } else {
                String[] parts = phrase.split("\\s*…\\s*");
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = key(parts[i]);
                }
                kws.add(new Keyword(SectionKind.valueOf(kind), phrase, parts));
            }
        }
        this.keywords = List.copyOf(kws);
        this.shields = List.copyOf(sh);
        this.openings = List.copyOf(op);
    }

    /** The classifier with the library's keyword table. */
    public static SectionKindClassifier standard() {
        return Holder.STANDARD;
    }

    /** The kind of {@code title}, with whether the rules are sure of it. */
    public KindMatch classify(String title) {
        if (title == null || title.isBlank()) {
            return new KindMatch(SectionKind.OTHER, false, null);
        }
        String titleKey = key(title);
        for (Opening o : openings) {
            if (titleKey.startsWith(o.key()) && (titleKey.length() == o.key().length()
                    || !Character.isLetterOrDigit(titleKey.charAt(o.key().length())))) {
                return new KindMatch(o.kind(), true, o.phrase());
            }
        }
        char[] k = titleKey.toCharArray();
        List<Keyword> found = new ArrayList<>();
        List<Integer> foundAt = new ArrayList<>();
        for (Shield sh : shields) {
            int from = 0;
            int at;
            String s = new String(k);
            while ((at = find(s, sh.key(), from)) >= 0) {
                for (int i = at; i < at + sh.key().length(); i++) {
                    k[i] = '#';
                }
                if (sh.kind() != null) {
                    found.add(new Keyword(sh.kind(), sh.phrase(), new String[] {sh.key()}));
                    foundAt.add(at);
                }
                from = at + sh.key().length();
            }
        }
        String s = new String(k);
        for (Keyword kw : keywords) {
            int at = matchAt(s, kw.parts());
            if (at >= 0) {
                found.add(kw);
                foundAt.add(at);
            }
        }
        Keyword best = null;
        int bestAt = -1;
        boolean otherKind = false;
        for (int f = 0; f < found.size(); f++) {
            Keyword kw = found.get(f);
            int at = foundAt.get(f);
            if (best == null || kw.kind().ordinal() < best.kind().ordinal()) {
                if (best != null && best.kind() != kw.kind()) {
                    otherKind = true;
                }
                best = kw;
                bestAt = at;
            } else if (kw.kind() != best.kind()) {
                otherKind = true;
            } else {
                bestAt = Math.min(bestAt, at);
            }
        }
        if (best == null) {
            return new KindMatch(SectionKind.OTHER, false, null);
        }
        boolean inPassing = wordsBefore(s, s.length()) > LONG_TITLE_WORDS && wordsBefore(s, bestAt) > HEAD_WORDS;
        return new KindMatch(best.kind(), !otherKind && !inPassing, best.phrase());
    }

    /** Where the phrase's first part matches with all its parts in order, or -1. */
    private static int matchAt(String s, String[] parts) {
        int from = 0;
        int first = -1;
        for (String part : parts) {
            int at = find(s, part, from);
            if (at < 0) {
                return -1;
            }
            if (first < 0) {
                first = at;
            }
            from = at + part.length();
        }
        return first;
    }

    private static int wordsBefore(String s, int end) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < end; i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }

    /** The first occurrence of {@code w} in {@code s} from {@code from} standing as whole words, or -1. */
    private static int find(String s, String w, int from) {
        int at = s.indexOf(w, from);
        while (at >= 0) {
            boolean left = at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
            int end = at + w.length();
            boolean right = end == s.length() || !Character.isLetterOrDigit(s.charAt(end));
            if (left && right) {
                return at;
            }
            at = s.indexOf(w, at + 1);
        }
        return -1;
    }

    /** Lower-case, tone marks placed one way, i/y folded, white space folded to one space. */
    static String key(String text) {
        String k = MatchKey.of(NormalizedText.of(text).text());
        StringBuilder sb = new StringBuilder(k.length());
        boolean space = false;
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
