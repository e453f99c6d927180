package dev.kefu.archive.grading;

import dev.kefu.core.id.CustomerId;

/**
 * An open-addressing index from customer id to position, for a million customers without a
 * boxed {@code Integer} and a map node per entry: one {@code int} table, linear probing.
 *
 * <p>Implementation Requirements: immutable and thread-safe once built.
 */
final class IdIndex {

    private final CustomerId[] ids;
    private final int[] slots; // position + 1, 0 = empty
    private final int mask;

    private IdIndex(CustomerId[] ids, int[] slots) {
        this.ids = ids;
        this.slots = slots;
        this.mask = slots.length - 1;
    }

    /**
     * Indexes the ids.
     *
     * @param ids  the ids, no nulls
     * @param duplicates  receives the positions of ids seen before, in order
     * @return the index
     */
    static IdIndex of(CustomerId[] ids, java.util.function.IntConsumer duplicates) {
        int capacity = Integer.highestOneBit(Math.max(4, ids.length * 2 - 1)) << 1;
        int[] slots = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < ids.length; i++) {
            int s = spread(ids[i].hashCode()) & mask;
            while (true) {
                int at = slots[s];
                if (at == 0) {
                    slots[s] = i + 1;
                    break;
                }
                if (ids[at - 1].equals(ids[i])) {
                    duplicates.accept(i);
                    break;
                }
                s = (s + 1) & mask;
            }
        }
        return new IdIndex(ids, slots);
    }

    /** The position of an id, or -1. */
    int indexOf(CustomerId id) {
        int s = spread(id.hashCode()) & mask;
        while (true) {
            int at = slots[s];
            if (at == 0) {
                return -1;
            }
            if (ids[at - 1].equals(id)) {
                return at - 1;
            }
            s = (s + 1) & mask;
        }
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    @Override
    public String toString() {
        return "IdIndex[" + ids.length + " ids in " + slots.length + " slots]";
    }
}
