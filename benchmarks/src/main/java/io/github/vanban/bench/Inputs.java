package io.github.vanban.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The inputs of every benchmark, built the same way each time from the dev corpus (or from nothing, for
 * most adversarial inputs), so that the report can recount the bytes each operation read.
 */
public final class Inputs {

    /** Bytes per MB in every figure: 10^6. */
    public static final double MB = 1_000_000.0;

    /** The smallest amount of text one operation of the size-scaling benchmark reads. */
    static final long SCALING_BATCH_BYTES = 1_000_000;

    private Inputs() {
    }

    /**
     * {@code dev}: every dev document, one after the other; {@code report}: all of them concatenated into
     * one large synthetic report.
     */
    public static Workload corpus(String name) {
        Corpus c = Corpus.dev();
        return switch (name) {
            case "dev" -> Workload.of("dev corpus (" + c.texts().size() + " documents)", c.texts());
            case "report" -> Workload.of("dev corpus as one report", List.of(c.concatenated()));
            default -> throw new IllegalArgumentException("unknown corpus " + name + " (dev, report)");
        };
    }

    /** {@code 1KB}, {@code 10KB}, {@code 1MB}, ...: a size in bytes. */
    public static long parseSize(String label) {
        String s = label.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (s.endsWith("KB")) {
            unit = 1_000;
        } else if (s.endsWith("MB")) {
            unit = 1_000_000;
        }
        String digits = s.replaceAll("[^0-9]", "");
        return Long.parseLong(digits) * unit;
    }

    /**
     * Documents of about {@code size} UTF-8 bytes each (cut at a line end) from the dev corpus read round
     * and round, enough of them to make at least {@link #SCALING_BATCH_BYTES} (one document when it is
     * bigger): the same kind of text whatever the size, so that only the size differs.
     */
    public static Workload sized(String label) {
        long size = parseSize(label);
        long total = Math.max(size, SCALING_BATCH_BYTES);
        int docs = (int) Math.max(1, total / size);
        RoundText source = new RoundText(Corpus.dev().concatenated() + "\n\n");
        List<String> texts = new ArrayList<>(docs);
        for (int i = 0; i < docs; i++) {
            texts.add(source.next(size, true));
        }
        return Workload.of(docs + " documents of " + label, texts);
    }

    /** About {@code size} bytes of ordinary text from the dev corpus: one document. */
    public static String ordinary(long size) {
        return new RoundText(Corpus.dev().concatenated() + "\n\n").next(size, true);
    }

    /** Names of the adversarial inputs, in the order the report lists them. */
    public static final List<String> ADVERSARIAL = List.of(
            "ordinary", "digits-slashes", "I-lines", "one-line", "nested-numbering", "dots-spaces",
            "combining-marks", "nul-bytes", "lone-surrogates");

    /**
     * One document made to find super-linear behaviour; {@code ordinary} is the 1 MB of plain text its
     * per-byte cost is compared with.
     */
    public static Workload adversarial(String name) {
        return Workload.of(name, List.of(adversarialText(name)));
    }

    static String adversarialText(String name) {
        SplittableRandom random = new SplittableRandom(20_260_101L);
        switch (name) {
            case "ordinary":
                return ordinary(1_000_000);
            case "digits-slashes": {
                // 10 MB on one line: runs of digits (mostly short, now and then thousands long) between
                // one to three slashes, as in a damaged table of document numbers and dates
                StringBuilder sb = new StringBuilder(10_000_100);
                while (sb.length() < 10_000_000) {
                    int run = random.nextInt(50) == 0 ? 1 + random.nextInt(5000) : 1 + random.nextInt(12);
                    for (int i = 0; i < run; i++) {
                        sb.append((char) ('0' + random.nextInt(10)));
                    }
                    int slashes = 1 + (random.nextInt(8) == 0 ? random.nextInt(3) : 0);
                    sb.append("///", 0, slashes);
                }
                return sb.toString();
            }
            case "I-lines":
                // 100,000 lines that each look like the start of a Roman-numbered section
                return "I.\n".repeat(100_000);
            case "one-line": {
                // 10 MB of ordinary text with every line feed made a space
                return new RoundText(Corpus.dev().concatenated() + " ").next(10_000_000, false).replace('\n', ' ');
            }
            case "nested-numbering": {
                // headings numbered 1., 1.1., 1.1.1., ... down to 200 levels and back, about 1 MB
                StringBuilder sb = new StringBuilder(1_100_000);
                int depth = 1;
                int step = 1;
                int counter = 1;
                while (sb.length() < 1_000_000) {
                    for (int d = 0; d < depth; d++) {
                        sb.append(d == depth - 1 ? counter : 1).append('.');
                    }
                    sb.append(" Nội dung mục ").append(counter++ % 9 + 1).append('\n');
                    if (depth == 200 || (depth == 1 && step < 0)) {
                        step = -step;
                    }
                    depth += step;
                }
                return sb.toString();
            }
            case "dots-spaces": {
                // 1 MB of table-of-contents leaders: long runs of dots and of spaces, a few words and
                // page numbers, a line feed now and then
                StringBuilder sb = new StringBuilder(1_100_000);
                while (sb.length() < 1_000_000) {
                    sb.append("Mục ").append(1 + random.nextInt(20)).append(' ');
                    sb.append(".".repeat(1 + random.nextInt(3000)));
                    sb.append(" ".repeat(1 + random.nextInt(3000)));
                    sb.append(". ".repeat(1 + random.nextInt(500)));
                    sb.append(1 + random.nextInt(300));
                    if (random.nextInt(4) == 0) {
                        sb.append('\n');
                    }
                }
                return sb.toString();
            }
            case "combining-marks": {
                // one letter and then 1 MB of combining marks of mixed classes (acute, dot below, hook,
                // horn, circumflex, tilde): one Unicode normalisation segment half a million marks long
                char[] marks = {'\u0301', '\u0323', '\u0309', '\u031B', '\u0302', '\u0303', '\u0300', '\u0306'};
                StringBuilder sb = new StringBuilder(500_010);
                sb.append('a');
                for (int i = 0; i < 500_000; i++) {
                    sb.append(marks[random.nextInt(marks.length)]);
                }
                return sb.toString();
            }
            case "nul-bytes": {
                // ordinary text with a NUL after every char, as UTF-16 read byte by byte gives it
                String text = ordinary(500_000);
                StringBuilder sb = new StringBuilder(text.length() * 2);
                for (int i = 0; i < text.length(); i++) {
                    sb.append(text.charAt(i)).append('\0');
                }
                return sb.toString();
            }
            case "lone-surrogates": {
                // ordinary text with a lone high or low surrogate every 50 chars
                String text = ordinary(1_000_000);
                StringBuilder sb = new StringBuilder(text.length() + text.length() / 40);
                for (int i = 0; i < text.length(); i++) {
                    sb.append(text.charAt(i));
                    if (i % 50 == 49) {
                        sb.append(random.nextBoolean() ? '\uD83D' : '\uDE00');
                    }
                }
                return sb.toString();
            }
            default:
                throw new IllegalArgumentException("unknown adversarial input " + name + " " + ADVERSARIAL);
        }
    }

    /** UTF-8 length of one char (a surrogate counts 2: half of a 4-byte pair). */
    static int utf8Length(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800 || Character.isSurrogate(c)) {
            return 2;
        }
        return 3;
    }

    /** Reads a text round and round, cutting pieces of a given UTF-8 size. */
    static final class RoundText {
        private final String source;
        private int pos;

        RoundText(String source) {
            this.source = source;
        }

        /** The next piece of about {@code bytes} UTF-8 bytes, cut after a line feed when {@code atLine}. */
        String next(long bytes, boolean atLine) {
            StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, bytes));
            long n = 0;
            int lastLineEnd = -1;
            while (n < bytes) {
                char c = source.charAt(pos);
                pos = (pos + 1) % source.length();
                sb.append(c);
                n += utf8Length(c);
                if (c == '\n') {
                    lastLineEnd = sb.length();
                }
            }
            // do not leave a high surrogate without its pair
            if (Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
                sb.append(source.charAt(pos));
                pos = (pos + 1) % source.length();
            }
            if (atLine && lastLineEnd > sb.length() / 2) {
                int cut = sb.length() - lastLineEnd;
                pos = Math.floorMod(pos - cut, source.length());
                sb.setLength(lastLineEnd);
            }
            return sb.toString();
        }
    }
}
