package dev.kefu.archive.grading;

/**
 * An example RFM segmentation for the tests. The regulation defines no segments, so the library
 * ships none (a number the catalogue does not give is not a default); hosts pass their own.
 */
final class ExampleSegments {

    private ExampleSegments() {
    }

    /**
     * A common segmentation, offered as a starting point (the regulation defines none):
     * {@code CHAMPIONS} (R, F and M all 4+), {@code LOYAL} (F 4+), {@code AT_RISK} (R 2 or less,
     * F 3+), {@code LOST} (R 2 or less), {@code PROMISING} (R 4+), {@code NEEDS_ATTENTION}
     * otherwise. The first that applies wins.
     *
     * @param s  the score, not null
     * @return the segment as a grade, not null
     */
    static Grade segment(RfmScore s) {
        if (s.recency() >= 4 && s.frequency() >= 4 && s.monetary() >= 4) {
            return Grade.of("CHAMPIONS");
        }
        if (s.frequency() >= 4) {
            return Grade.of("LOYAL");
        }
        if (s.recency() <= 2 && s.frequency() >= 3) {
            return Grade.of("AT_RISK");
        }
        if (s.recency() <= 2) {
            return Grade.of("LOST");
        }
        if (s.recency() >= 4) {
            return Grade.of("PROMISING");
        }
        return Grade.of("NEEDS_ATTENTION");
    }

}
