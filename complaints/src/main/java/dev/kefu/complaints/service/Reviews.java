package dev.kefu.complaints.service;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.TreeSet;

/** The periodic reviews of CMP-18 and CMP-20 (定期): each one due an interval after the last. */
final class Reviews {

    private Reviews() {
    }

    /** Adds a finding for every interval that passed without a review, from the start to today. */
    static void overdue(ServiceAudit.Collector out, String what, LocalDate start, List<LocalDate> reviews, Period interval, LocalDate today) {
        LocalDate last = start;
        for (LocalDate day : new TreeSet<>(reviews)) {
            if (day.isAfter(today)) {
                break;
            }
            if (day.isAfter(last.plus(interval))) {
                out.add(FindingKind.REVIEW_OVERDUE, what, last.plus(interval));
            }
            if (day.isAfter(last)) {
                last = day;
            }
        }
        if (today.isAfter(last.plus(interval))) {
            out.add(FindingKind.REVIEW_OVERDUE, what, last.plus(interval));
        }
    }

    /** Whether a period is positive (some field positive, none negative). */
    static boolean positive(Period p) {
        return p != null && !p.isNegative() && !p.isZero();
    }
}
