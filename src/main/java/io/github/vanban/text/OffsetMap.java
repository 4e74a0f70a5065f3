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
 */
public final class OffsetMap {

    /** The map of a step that left the text as it was. */
    public static final OffsetMap IDENTITY = new OffsetMap(null, null);

    /** For each output offset (0..length inclusive), the input offset where its char's source starts. */
    private final int[] starts;
    /** For each output char (0..length-1), the input offset where its source ends. */
    private final int[] ends;

    private OffsetMap(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** True when output offsets equal input offsets. */
    public boolean isIdentity() {
        return starts == null;
    }

    /** The input offset where the source of the output char at {@code offset} starts (for the length: the input's end). */
    public int toInput(int offset) {
        if (starts == null) {
            return offset;
        }
        return starts[Math.max(0, Math.min(offset, starts.length - 1))];
    }

    /**
     * The input offset that an output range ending at {@code offset} ends at: where the source of the
     * output char before {@code offset} ends.
     */
    public int toInputEnd(int offset) {
        if (starts == null) {
            return offset;
        }
        if (offset <= 0) {
            return starts[0];
        }
        return ends[Math.min(offset, ends.length) - 1];
    }

    /** The map of applying {@code this} first and {@code next} after it: output of next to input of this. */
    public OffsetMap then(OffsetMap next) {
        if (next.isIdentity()) {
            return this;
        }
        if (this.isIdentity()) {
            return next;
        }
        int[] s = new int[next.starts.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = toInput(next.starts[i]);
        }
        int[] e = new int[next.ends.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = toInputEnd(next.ends[i]);
        }
        return new OffsetMap(s, e);
    }

    /** Builds a map while a step writes its output, one output char at a time. */
    public static final class Builder {
        private int[] starts;
        private int[] ends;
        private int size;
        private boolean identity = true;

        public Builder(int expectedLength) {
            int n = Math.max(16, expectedLength + 1);
            starts = new int[n];
            ends = new int[n];
        }

        /** Records that the next output char came from the input chars {@code [inputStart, inputEnd)}. */
        public void add(int inputStart, int inputEnd) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            if (inputStart != size || inputEnd != size + 1) {
                identity = false;
            }
            starts[size] = inputStart;
            ends[size] = inputEnd;
            size++;
        }

        /** Records that the next output char is the input char at {@code inputOffset}, unchanged. */
        public void add(int inputOffset) {
            add(inputOffset, inputOffset + 1);
        }

        /** Finishes the map; {@code inputEnd} is the input offset of the output's end. */
        public OffsetMap build(int inputEnd) {
            if (identity && inputEnd == size) {
                return IDENTITY;
            }
            int[] s = Arrays.copyOf(starts, size + 1);
            s[size] = inputEnd;
            return new OffsetMap(s, Arrays.copyOf(ends, size));
        }
    }
}
