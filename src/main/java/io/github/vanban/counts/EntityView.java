package io.github.vanban.counts;

import java.util.Arrays;

/**
 * The text with HTML numeric character references decoded, including references that a conversion has
 * broken apart ({@code &} + line breaks + {@code 7841;}), with the map back to the text's offsets.
 * When the text holds no such reference the view is the text itself.
 *
 * <p>The map is kept only where a reference was decoded: for each decoded reference its offset in the view
 * and its source range; every other view char maps to one source char, shifted by the references before it.
 * The memory taken beyond the view's text is proportional to the number of references, not to the text.
 */
final class EntityView {

    final String text;
    /** View offsets of the decoded references, ascending; null when there is none. */
    private final int[] viewAt;
    /** Source start of each decoded reference. */
    private final int[] sourceFrom;
    /** Source end of each decoded reference. */
    private final int[] sourceTo;
    private final int count;

    private EntityView(String text, int[] viewAt, int[] sourceFrom, int[] sourceTo, int count) {
        this.text = text;
        this.viewAt = viewAt;
        this.sourceFrom = sourceFrom;
        this.sourceTo = sourceTo;
        this.count = count;
    }

    static EntityView of(String s) {
        int amp = s.indexOf('&');
        StringBuilder out = null;
        int copied = 0;
        int count = 0;
        int[] viewAt = null;
        int[] from = null;
        int[] to = null;
        while (amp >= 0) {
            int end = referenceEnd(s, amp);
            int cp = end > 0 ? referenceValue(s, amp, end) : -1;
            if (cp > 0 && Character.isValidCodePoint(cp) && !Character.isSupplementaryCodePoint(cp)) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                    viewAt = new int[8];
                    from = new int[8];
                    to = new int[8];
                }
                out.append(s, copied, amp);
                if (count == viewAt.length) {
                    viewAt = Arrays.copyOf(viewAt, count * 2);
                    from = Arrays.copyOf(from, count * 2);
                    to = Arrays.copyOf(to, count * 2);
                }
                viewAt[count] = out.length();
                from[count] = amp;
                to[count] = end;
                count++;
                out.append((char) cp);
                copied = end;
                amp = s.indexOf('&', end);
            } else {
                amp = s.indexOf('&', amp + 1);
            }
        }
        if (out == null) {
            return new EntityView(s, null, null, null, 0);
        }
        out.append(s, copied, s.length());
        return new EntityView(out.toString(), viewAt, from, to, count);
    }

    /** The offset in the source text of view offset {@code start}. */
    int sourceStart(int start) {
        if (viewAt == null) {
            return start;
        }
        int k = Arrays.binarySearch(viewAt, 0, count, start);
        if (k >= 0) {
            return sourceFrom[k];
        }
        return start + shiftBefore(-k - 1);
    }

    /** The offset in the source text just after the view range ending at {@code end}. */
    int sourceEnd(int end) {
        if (viewAt == null || end == 0) {
            return end;
        }
        int last = end - 1;
        int k = Arrays.binarySearch(viewAt, 0, count, last);
        if (k >= 0) {
            return sourceTo[k];
        }
        return last + shiftBefore(-k - 1) + 1;
    }

    /** How many more source chars than view chars the first {@code references} decoded references take. */
    private int shiftBefore(int references) {
        if (references == 0) {
            return 0;
        }
        int k = references - 1;
        // view offset after reference k maps to source offset sourceTo[k]
        return sourceTo[k] - (viewAt[k] + 1);
    }

    /** The end of a reference {@code &#123;}, {@code &#x1F;} or broken {@code & \n 123;} at i, or -1. */
    private static int referenceEnd(String s, int i) {
        int n = s.length();
        int p = i + 1;
        int spaces = 0;
        while (p < n && Character.isWhitespace(s.charAt(p)) && spaces < 4) {
            p++;
            spaces++;
        }
        boolean hash = p < n && s.charAt(p) == '#';
        if (hash) {
            p++;
        }
        boolean hex = hash && p < n && (s.charAt(p) == 'x' || s.charAt(p) == 'X');
        if (hex) {
            p++;
        }
        int digitsStart = p;
        while (p < n && p - digitsStart < 7 && (Character.isDigit(s.charAt(p))
                || (hex && "abcdefABCDEF".indexOf(s.charAt(p)) >= 0))) {
            p++;
        }
        int digits = p - digitsStart;
        if (digits == 0 || p >= n || s.charAt(p) != ';') {
            return -1;
        }
        if (!hash && digits < 3) {
            return -1; // a broken reference needs a plausible code point
        }
        return p + 1;
    }

    private static int referenceValue(String s, int i, int end) {
        int p = i + 1;
        while (Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        boolean hash = s.charAt(p) == '#';
        if (hash) {
            p++;
        }
        boolean hex = hash && (s.charAt(p) == 'x' || s.charAt(p) == 'X');
        if (hex) {
            p++;
        }
        try {
            return Integer.parseInt(s.substring(p, end - 1), hex ? 16 : 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
