package io.github.vanban.text;

import java.util.Arrays;

/**
 * Maps offsets in a rewritten text back to the text it was rewritten from, in the manner of
 * Lucene's {@code CharFilter.correctOffset}: one step of normalisation owns one map, and maps chain.
 *
 * <p>Each output char knows where its source starts and where it ends in the input, so that a range of
 * the output maps to exactly the input chars it came from: a composed letter to its decomposed source,
 * and never to an invisible char dropped after it. Immutable; {@link #IDENTITY} is the map of a step that
 * changed nothing.
 *
 * <p>A map is kept as pieces, not as a table entry per char: a run of chars copied as they were is one
 * piece, and so is the output of one composed segment, so a map costs memory in proportion to the places
 * a step changed, and a lookup is a binary search over them. Maps of steps applied one after the other
 * are chained, not multiplied out.
 */
public final class OffsetMap {

    /** The map of a step that left the text as it was. */
    public static final OffsetMap IDENTITY = new OffsetMap(null, null, null, 0, null, null);

    /** Where each piece starts in the output, ascending; the last piece holds only the output's end. */
    private final int[] outStarts;
    /** Where each piece's source starts in the input. */
    private final int[] inStarts;
    /**
     * For a piece whose chars all come from one input range (a composed segment): where that range ends;
     * -1 for a piece of chars copied one for one ({@code inStart + k} for its k-th char).
     */
    private final int[] inEnds;
    private final int pieces;
    /** For a chain: {@code first} applied, then {@code second}; both null otherwise. */
    private final OffsetMap first;
    private final OffsetMap second;

    private OffsetMap(int[] outStarts, int[] inStarts, int[] inEnds, int pieces, OffsetMap first, OffsetMap second) {
        this.outStarts = outStarts;
        this.inStarts = inStarts;
        this.inEnds = inEnds;
        this.pieces = pieces;
        this.first = first;
        this.second = second;
    }

    /** True when output offsets equal input offsets. */
    public boolean isIdentity() {
        return outStarts == null && first == null;
    }

    /** The input offset where the source of the output char at {@code offset} starts (for the length: the input's end). */
    public int toInput(int offset) {
        if (first != null) {
            return first.toInput(second.toInput(offset));
        }
        if (outStarts == null) {
            return offset;
        }
        int o = Math.max(0, Math.min(offset, outStarts[pieces - 1]));
        int k = pieceOf(o);
        return inEnds[k] < 0 ? inStarts[k] + (o - outStarts[k]) : inStarts[k];
    }

    /**
     * The input offset that an output range ending at {@code offset} ends at: where the source of the
     * output char before {@code offset} ends.
     */
    public int toInputEnd(int offset) {
        if (first != null) {
            return offset <= 0 ? toInput(0) : first.toInputEnd(second.toInputEnd(offset));
        }
        if (outStarts == null) {
            return offset;
        }
        int length = outStarts[pieces - 1];
        if (offset <= 0 || length == 0) {
            return toInput(0);
        }
        int c = Math.min(offset, length) - 1;
        int k = pieceOf(c);
        return inEnds[k] < 0 ? inStarts[k] + (c - outStarts[k]) + 1 : inEnds[k];
    }

    /** The last piece that starts at or before output offset {@code o}. */
    private int pieceOf(int o) {
        // pieces start at ascending offsets (none is empty but the last, the output's end)
        int k = Arrays.binarySearch(outStarts, 0, pieces, o);
        return k >= 0 ? k : -k - 2;
    }

    /** The map of applying {@code this} first and {@code next} after it: output of next to input of this. */
    public OffsetMap then(OffsetMap next) {
        if (next.isIdentity()) {
            return this;
        }
        if (this.isIdentity()) {
            return next;
        }
        return new OffsetMap(null, null, null, 0, this, next);
    }

    /**
     * Builds a map while a step writes its output: one output char at a time, or a run of chars copied
     * as they were.
     */
    public static final class Builder {
        private int[] outStarts = new int[16];
        private int[] inStarts = new int[16];
        private int[] inEnds = new int[16];
        private int pieces;
        private int size;
        private boolean identity = true;

        /** A builder for an output of about {@code expectedLength} chars (a hint only). */
        public Builder(int expectedLength) {
        }

        /** Records that the next output char came from the input chars {@code [inputStart, inputEnd)}. */
        public void add(int inputStart, int inputEnd) {
            if (inputStart != size || inputEnd != size + 1) {
                identity = false;
            }
            if (pieces > 0) {
                int k = pieces - 1;
                if (inEnds[k] < 0) {
                    if (inputEnd == inputStart + 1 && inputStart == inStarts[k] + (size - outStarts[k])) {
                        size++;
                        return;
                    }
                } else if (inputStart == inStarts[k] && inputEnd == inEnds[k]) {
                    size++;
                    return;
                }
            }
            piece(size, inputStart, inputEnd == inputStart + 1 ? -1 : inputEnd);
            size++;
        }

        /** Records that the next output char is the input char at {@code inputOffset}, unchanged. */
        public void add(int inputOffset) {
            add(inputOffset, inputOffset + 1);
        }

        /** Records that the next {@code count} output chars are the input chars from {@code inputStart} on, unchanged. */
        public void addRun(int inputStart, int count) {
            if (count <= 0) {
                return;
            }
            add(inputStart);
            size += count - 1; // the rest of the run continues the one-for-one piece add() left open
        }

        private void piece(int outStart, int inStart, int inEnd) {
            if (pieces == outStarts.length) {
                int n = pieces * 2;
                outStarts = Arrays.copyOf(outStarts, n);
                inStarts = Arrays.copyOf(inStarts, n);
                inEnds = Arrays.copyOf(inEnds, n);
            }
            outStarts[pieces] = outStart;
            inStarts[pieces] = inStart;
            inEnds[pieces] = inEnd;
            pieces++;
        }

        /** Finishes the map; {@code inputEnd} is the input offset of the output's end. The builder cannot be used after. */
        public OffsetMap build(int inputEnd) {
            if (identity && inputEnd == size) {
                return IDENTITY;
            }
            // the output's end has a piece of its own: where the input ends
            piece(size, inputEnd, -1);
            // the map takes the arrays as they are (at most half of them unused): the builder is done
            OffsetMap map = new OffsetMap(outStarts, inStarts, inEnds, pieces, null, null);
            outStarts = null;
            inStarts = null;
            inEnds = null;
            return map;
        }
    }
}
