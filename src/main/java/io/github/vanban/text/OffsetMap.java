package io.github.vanban.text;

import java.util.Arrays;

/**
 * Maps offsets in a rewritten text back to the text it was rewritten from, in the manner of
 * Lucene's {@code CharFilter.correctOffset}: one step of normalisation owns one map, and maps chain.
 *
 * <p>An offset map is immutable. {@link #IDENTITY} is the map of a step that changed nothing.
 */
public final class OffsetMap {

    /** The map of a step that left the text as it was. */
    public static final OffsetMap IDENTITY = new OffsetMap(null);

    /** For each output offset {@code i} (0..length inclusive), the input offset it came from; null for identity. */
    private final int[] toInput;

    private OffsetMap(int[] toInput) {
        this.toInput = toInput;
    }

    /**
     * A map from an explicit table: {@code toInput[i]} is the input offset of output offset {@code i},
     * for every {@code i} from 0 to the output length inclusive. The table must be non-decreasing.
     */
    public static OffsetMap of(int[] toInput) {
        return new OffsetMap(toInput);
    }

    /** True when output offsets equal input offsets. */
    public boolean isIdentity() {
        return toInput == null;
    }

    /** The input offset of an output offset. */
    public int toInput(int outputOffset) {
        if (toInput == null) {
            return outputOffset;
        }
        if (outputOffset <= 0) {
            return toInput[0];
        }
        if (outputOffset >= toInput.length) {
            return toInput[toInput.length - 1];
        }
        return toInput[outputOffset];
    }

    /** The map of applying {@code this} first and {@code next} after it: output of next to input of this. */
    public OffsetMap then(OffsetMap next) {
        if (next.isIdentity()) {
            return this;
        }
        if (this.isIdentity()) {
            return next;
        }
        int[] composed = Arrays.copyOf(next.toInput, next.toInput.length);
        for (int i = 0; i < composed.length; i++) {
            composed[i] = toInput(composed[i]);
        }
        return new OffsetMap(composed);
    }

    /** Builds a map while a step writes its output, one output char at a time. */
    public static final class Builder {
        private int[] table;
        private int size;
        private boolean identity = true;

        public Builder(int expectedLength) {
            table = new int[Math.max(16, expectedLength + 1)];
        }

        /** Records that the next output char came from input offset {@code inputOffset}. */
        public void add(int inputOffset) {
            if (size == table.length) {
                table = Arrays.copyOf(table, table.length * 2);
            }
            if (inputOffset != size) {
                identity = false;
            }
            table[size++] = inputOffset;
        }

        /** Finishes the map; {@code inputEnd} is the input offset of the output's end. */
        public OffsetMap build(int inputEnd) {
            if (identity && inputEnd == size) {
                return IDENTITY;
            }
            int[] result = Arrays.copyOf(table, size + 1);
            result[size] = inputEnd;
            return new OffsetMap(result);
        }
    }
}
