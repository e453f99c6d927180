package dev.kefu.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent astronomical computation of the Chinese calendar's festival dates, for tests
 * only (CORE-CAL-3): new moons from J. Meeus, <i>Astronomical Algorithms</i> (2nd ed.), ch. 49,
 * with all periodic and planetary terms (a few seconds of accuracy); the Sun's apparent
 * longitude from ch. 25's low-precision theory (about 0.01°, some 15 minutes of time);
 * ΔT from the Espenak–Meeus polynomial. The Chinese calendar's rules: a month starts on the
 * China Standard Time (UTC+8) date of a new moon; the month holding the winter solstice is
 * month 11; between two such months with 13 months, the first month without a principal term
 * (中气) is the leap month.
 *
 * <p>It shares nothing with the {@code cn.6tail:lunar} library that produced the shipped table.
 * A date decided by an event within {@link #MARGIN_MINUTES} minutes of midnight CST is reported
 * as undecidable rather than guessed.
 */
final class Ephemeris {

    static final ZoneOffset CST = ZoneOffset.ofHours(8);
    /** The margin a solar term needs: the low-precision solar theory is good to some 15 minutes. */
    static final double TERM_MARGIN_MINUTES = 30;
    /** The margin a new moon needs: Meeus's series is good to seconds; ΔT's uncertainty adds under a minute. */
    static final double MOON_MARGIN_MINUTES = 2;

    /**
     * A date, and its slack: how many minutes the deciding event lies from the nearest CST
     * midnight beyond the margin its computation needs (negative: undecidable).
     */
    record Dated(LocalDate date, double marginMinutes) {
        boolean decided() {
            return marginMinutes >= 0;
        }
    }

    /** The festival dates of one Gregorian year, each with its margin. */
    record Festivals(Dated chuxi, Dated qingming, Dated duanwu, Dated zhongqiu) {
    }

    private Ephemeris() {
    }

    static Festivals festivals(int year) {
        List<double[]> moons = newMoons(year - 1, year); // [jdUT]
        Dated solsticeBefore = cstDate(solarTermJd(year - 1, 270), TERM_MARGIN_MINUTES);
        Dated solsticeAfter = cstDate(solarTermJd(year, 270), TERM_MARGIN_MINUTES);
        List<Dated> starts = new ArrayList<>();
        for (double[] m : moons) {
            starts.add(cstDate(m[0], MOON_MARGIN_MINUTES));
        }
        int m11a = lastStartOnOrBefore(starts, solsticeBefore.date());
        int m11b = lastStartOnOrBefore(starts, solsticeAfter.date());
        int leap = -1;
        if (m11b - m11a == 13) {
            for (int i = m11a + 1; i < m11b; i++) {
                if (!holdsPrincipalTerm(starts.get(i).date(), starts.get(i + 1).date())) {
                    leap = i;
                    break;
                }
            }
        }
        int[] number = new int[starts.size()];
        int n = 11;
        number[m11a] = 11;
        for (int i = m11a + 1; i < starts.size(); i++) {
            if (i != leap) {
                n = n % 12 + 1;
            }
            number[i] = i == leap ? -n : n;
        }
        int first = indexOf(number, 1, m11a);
        int fifth = indexOf(number, 5, m11a);
        int eighth = indexOf(number, 8, m11a);
        Dated newYear = starts.get(first);
        Dated chuxi = new Dated(newYear.date().minusDays(1), minMargin(newYear, starts.get(first - 1)));
        Dated duanwu = new Dated(starts.get(fifth).date().plusDays(4), starts.get(fifth).marginMinutes());
        Dated zhongqiu = new Dated(starts.get(eighth).date().plusDays(14), starts.get(eighth).marginMinutes());
        // the month numbering itself depends on the solstice dates and the new moons around them
        double numbering = Math.min(Math.min(solsticeBefore.marginMinutes(), solsticeAfter.marginMinutes()),
                Math.min(starts.get(m11a).marginMinutes(), starts.get(m11b).marginMinutes()));
        if (leap >= 0) {
            numbering = Math.min(numbering, Math.min(starts.get(leap).marginMinutes(), starts.get(leap + 1).marginMinutes()));
        }
        Dated qingming = cstDate(solarTermJd(year, 15), TERM_MARGIN_MINUTES);
        return new Festivals(withMargin(chuxi, numbering), qingming, withMargin(duanwu, numbering),
                withMargin(zhongqiu, numbering));
    }

    private static Dated withMargin(Dated d, double other) {
        return new Dated(d.date(), Math.min(d.marginMinutes(), other));
    }

    private static double minMargin(Dated a, Dated b) {
        return Math.min(a.marginMinutes(), b.marginMinutes());
    }

    private static int indexOf(int[] number, int month, int from) {
        for (int i = from; i < number.length; i++) {
            if (number[i] == month) {
                return i;
            }
        }
        throw new IllegalStateException("month " + month + " not found");
    }

    private static int lastStartOnOrBefore(List<Dated> starts, LocalDate day) {
        int found = -1;
        for (int i = 0; i < starts.size(); i++) {
            if (!starts.get(i).date().isAfter(day)) {
                found = i;
            }
        }
        return found;
    }

    private static boolean holdsPrincipalTerm(LocalDate start, LocalDate nextStart) {
        for (int year = start.getYear() - 1; year <= nextStart.getYear(); year++) {
            for (int lon = 0; lon < 360; lon += 30) {
                LocalDate d = cstDate(solarTermJd(year, lon), 0).date();
                if (!d.isBefore(start) && d.isBefore(nextStart)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** New moons (Julian day, UT) from October of y0 to the end of y1. */
    static List<double[]> newMoons(int y0, int y1) {
        List<double[]> out = new ArrayList<>();
        double kStart = Math.floor((y0 + 9.5 / 12.0 - 2000) * 12.3685) - 1;
        double kEnd = Math.ceil((y1 + 1 - 2000) * 12.3685) + 1;
        for (double k = kStart; k <= kEnd; k++) {
            double jde = newMoonJde(k);
            double jd = jde - deltaT(y0) / 86_400.0;
            out.add(new double[] {jd});
        }
        return out;
    }

    /** Meeus ch. 49: the true new moon of lunation k, in Julian Ephemeris Days. */
    static double newMoonJde(double k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double c = -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(om)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);
        double[] a = {
            299.77 + 0.107408 * k - 0.009173 * t2, 251.88 + 0.016321 * k, 251.83 + 26.651886 * k,
            349.42 + 36.412478 * k, 84.66 + 18.206239 * k, 141.74 + 53.303771 * k, 207.14 + 2.453732 * k,
            154.84 + 7.306860 * k, 34.52 + 27.261239 * k, 207.19 + 0.121824 * k, 291.34 + 1.844379 * k,
            161.72 + 24.198154 * k, 239.56 + 25.513099 * k, 331.55 + 3.592518 * k};
        double[] coef = {325, 165, 164, 126, 110, 62, 60, 56, 47, 42, 40, 37, 35, 23};
        double w = 0;
        for (int i = 0; i < a.length; i++) {
            w += coef[i] * 1e-6 * Math.sin(rad(a[i]));
        }
        return jde + c + w;
    }

    /** The Julian day (UT) when the Sun's apparent longitude reaches lon degrees in a year. */
    static double solarTermJd(int year, double lon) {
        // a first guess from the mean motion, then Newton steps on the longitude
        double jd0 = julianDay(year, 3, 20.5) + ((lon - 0 + 360) % 360) * 365.2422 / 360.0;
        if (lon >= 270) {
            jd0 = julianDay(year, 12, 21.5) + (lon - 270) * 365.2422 / 360.0;
        }
        double jde = jd0;
        for (int i = 0; i < 50; i++) {
            double diff = normalize(lon - apparentSolarLongitude(jde));
            jde += diff * 365.2422 / 360.0;
            if (Math.abs(diff) < 1e-7) {
                break;
            }
        }
        return jde - deltaT(year) / 86_400.0;
    }

    /** Meeus ch. 25, low precision: the Sun's apparent longitude in degrees at a Julian Ephemeris Day. */
    static double apparentSolarLongitude(double jde) {
        double t = (jde - 2451545.0) / 36525.0;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
        double om = rad(125.04 - 1934.136 * t);
        double lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(om);
        return ((lambda % 360) + 360) % 360;
    }

    /** ΔT = TT − UT in seconds, Espenak–Meeus polynomial for 2005–2050 (extended beyond). */
    static double deltaT(int year) {
        double t = year + 0.5 - 2000;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }

    static Dated cstDate(double jdUt, double neededMargin) {
        double unixSeconds = (jdUt - 2440587.5) * 86_400.0;
        Instant instant = Instant.ofEpochSecond((long) Math.floor(unixSeconds));
        var local = instant.atOffset(CST);
        double minutesIntoDay = local.getHour() * 60 + local.getMinute() + local.getSecond() / 60.0;
        double margin = Math.min(minutesIntoDay, 1440 - minutesIntoDay);
        return new Dated(local.toLocalDate(), margin - neededMargin);
    }

    static double julianDay(int year, int month, double day) {
        if (month <= 2) {
            year -= 1;
            month += 12;
        }
        int a = year / 100;
        int b = 2 - a + a / 4;
        return Math.floor(365.25 * (year + 4716)) + Math.floor(30.6001 * (month + 1)) + day + b - 1524.5;
    }

    private static double normalize(double deg) {
        double d = ((deg % 360) + 540) % 360 - 180;
        return d;
    }

    private static double rad(double deg) {
        return Math.toRadians(deg % 360);
    }
}
