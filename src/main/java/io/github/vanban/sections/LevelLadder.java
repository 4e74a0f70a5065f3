package io.github.vanban.sections;

import java.util.ArrayList;
import java.util.List;

/**
 * The order of a document's label styles, outermost first, from which heading levels are read
 * (annotation guide §1). A new style goes just below the style of the heading before it (a stack) and
 * keeps its rung; the fixed orders hold whatever the order of appearance: keyword labels
 * ({@code Phần} &gt; {@code Chương} &gt; {@code Mục} &gt; {@code Điều}) above all others, Roman above
 * Arabic, Arabic above dotted, and one rung per dot. A dotted label brings the rungs of its parents
 * (plain Arabic, shorter dotted labels) even when they never occur, so {@code 2.1} is one level below
 * where {@code 2.} stands. Since a style seen later may go above those seen before, levels are read
 * once every heading has been placed.
 */
final class LevelLadder {

    /** A rung: a style, and for dotted labels the number of dots. */
    record Rung(LabelStyle style, int depth) {
    }

    private final List<Rung> rungs = new ArrayList<>();
    private Rung previous;

    /** Places the style of the next heading, in document order. */
    void add(LabelStyle style, int depth) {
        Rung rung = new Rung(style, depth);
        if (!rungs.contains(rung)) {
            if (style == LabelStyle.DOTTED) {
                previous = ensure(new Rung(LabelStyle.ARABIC, 0), previous);
                for (int d = 1; d < depth; d++) {
                    previous = ensure(new Rung(LabelStyle.DOTTED, d), previous);
                }
            }
            insert(rung, previous);
        }
        previous = rung;
    }

    /** The level (1 = outermost) of a style once all headings have been added. */
    int level(LabelStyle style, int depth) {
        return rungs.indexOf(new Rung(style, depth)) + 1;
    }

    private Rung ensure(Rung rung, Rung after) {
        if (!rungs.contains(rung)) {
            insert(rung, after);
        }
        return rung;
    }

    private void insert(Rung rung, Rung after) {
        int p = after == null ? rungs.size() : rungs.indexOf(after) + 1;
        int lo = 0;
        int hi = rungs.size();
        for (int i = 0; i < rungs.size(); i++) {
            if (above(rungs.get(i), rung)) {
                lo = Math.max(lo, i + 1);
            }
            if (above(rung, rungs.get(i))) {
                hi = Math.min(hi, i);
            }
        }
        p = Math.max(lo, Math.min(p, hi));
        rungs.add(p, rung);
    }

    /** Whether rung {@code a} must stand above rung {@code b} whatever order they appear in. */
    static boolean above(Rung a, Rung b) {
        LabelStyle x = a.style();
        LabelStyle y = b.style();
        if (x.keyword() || y.keyword()) {
            return x.keyword() && (!y.keyword() || x.ordinal() < y.ordinal());
        }
        if (x == LabelStyle.ROMAN) {
            return y == LabelStyle.ARABIC || y == LabelStyle.DOTTED;
        }
        if (x == LabelStyle.ARABIC) {
            return y == LabelStyle.DOTTED;
        }
        if (x == LabelStyle.DOTTED) {
            return y == LabelStyle.DOTTED && a.depth() < b.depth();
        }
        return false;
    }
}
