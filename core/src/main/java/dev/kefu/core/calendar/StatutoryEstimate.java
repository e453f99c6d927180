package dev.kefu.core.calendar;

import dev.kefu.core.decision.RuleId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The provisional statutory estimate of a year's days off (CORE-CAL-3), for years whose
 * schedule the State Council has not yet published.
 *
 * <p>The estimate is what the law itself guarantees (全国年节及纪念日放假办法 as amended by State
 * Council Decree No. 795, in force from 2025-01-01):
 * <ul>
 *   <li>元旦 January 1 (1 day);</li>
 *   <li>春节 the lunar New Year's Eve 除夕 and lunar 1/1–1/3 (4 days);</li>
 *   <li>清明节 the day of the 清明 solar term (1 day);</li>
 *   <li>劳动节 May 1–2 (2 days);</li>
 *   <li>端午节 lunar 5/5 (1 day); 中秋节 lunar 8/15 (1 day);</li>
 *   <li>国庆节 October 1–3 (3 days);</li>
 *   <li>Article 6's substitute days (补假): a statutory day that falls on a Saturday or Sunday
 *       gives a substitute day off on the next working day after that holiday period, one per
 *       such day.</li>
 * </ul>
 * There are no make-up working days (调休) in an estimate: only the notice sets them.
 *
 * <p>A <em>holiday period</em> is a run of statutory days in which consecutive statutory days
 * are separated by nothing but a weekend. Two festivals on the same date (中秋节 on 1–3 October,
 * as in 2028 and 2031) are one statutory day named after both; the law gives no extra day for
 * the coincidence, so the estimate gives none (the notice may). The substitute days go, in
 * order, to the first Monday–Friday days after the period's last statutory day that are neither
 * statutory days nor earlier substitute days.
 *
 * <p>Lunar and solar-term dates are those of the official Chinese calendar in China Standard
 * Time (UTC+8), read from a table precomputed with the {@code cn.6tail:lunar} library for
 * {@value #FIRST_YEAR}–{@value #LAST_YEAR}; the test suite recomputes every row with that
 * library, checks the published years against the State Council's schedules and the later
 * years against an independent astronomical computation.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class StatutoryEstimate {

    /** CORE-CAL-3. */
    public static final RuleId CAL_3 = RuleId.of("CORE-CAL-3");
    /** The first year the lunar table holds. */
    public static final int FIRST_YEAR = 2020;
    /** The last year the lunar table holds: the estimate covers years up to this one. */
    public static final int LAST_YEAR = 2050;

    static final String RESOURCE = "cn-statutory-lunar.csv";

    /** One estimated day off. */
    record Day(LocalDate date, String name, boolean substitute) {
    }

    /** The lunar and solar-term dates of one year. */
    record LunarDates(int year, LocalDate chuxi, LocalDate qingming, LocalDate duanwu, LocalDate zhongqiu) {
    }

    private static final class Holder {
        static final LunarDates[] TABLE = load();
    }

    private StatutoryEstimate() {
    }

    /** Whether the estimate can be made for a year. */
    static boolean covers(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The lunar and solar-term dates of a year in the table. */
    static LunarDates lunarDates(int year) {
        if (!covers(year)) {
            throw new IllegalArgumentException("no lunar dates for " + year);
        }
        return Holder.TABLE[year - FIRST_YEAR];
    }

    /**
     * The estimated days off of a year: statutory days and substitute days, in date order.
     *
     * @param year  a year from {@value #FIRST_YEAR} to {@value #LAST_YEAR}
     * @return the days, not null
     */
    static List<Day> daysOff(int year) {
        LunarDates l = lunarDates(year);
        Map<LocalDate, String> statutory = new TreeMap<>();
        add(statutory, LocalDate.of(year, Month.JANUARY, 1), "元旦");
        for (int i = 0; i < 4; i++) {
            add(statutory, l.chuxi().plusDays(i), "春节");
        }
        add(statutory, l.qingming(), "清明节");
        add(statutory, LocalDate.of(year, Month.MAY, 1), "劳动节");
        add(statutory, LocalDate.of(year, Month.MAY, 2), "劳动节");
        add(statutory, l.duanwu(), "端午节");
        for (int i = 1; i <= 3; i++) {
            add(statutory, LocalDate.of(year, Month.OCTOBER, i), "国庆节");
        }
        add(statutory, l.zhongqiu(), "中秋节"); // on 1-3 October: one day, named 国庆节、中秋节 as the notices do
        List<Day> out = new ArrayList<>();
        Map<LocalDate, String> substitutes = new TreeMap<>();
        List<LocalDate> dates = new ArrayList<>(statutory.keySet());
        int i = 0;
        while (i < dates.size()) {
            int j = i;
            while (j + 1 < dates.size() && onlyWeekendBetween(dates.get(j), dates.get(j + 1))) {
                j++;
            }
            int onWeekend = 0;
            StringBuilder name = new StringBuilder();
            for (int k = i; k <= j; k++) {
                LocalDate d = dates.get(k);
                if (isWeekend(d)) {
                    onWeekend++;
                }
                for (String part : statutory.get(d).split("、")) {
                    if (name.indexOf(part) < 0) {
                        name.append(name.length() == 0 ? "" : "、").append(part);
                    }
                }
            }
            LocalDate d = dates.get(j);
            while (onWeekend > 0) {
                d = d.plusDays(1);
                if (!isWeekend(d) && !statutory.containsKey(d) && !substitutes.containsKey(d)) {
                    substitutes.put(d, name + "（补假）");
                    onWeekend--;
                }
            }
            i = j + 1;
        }
        statutory.forEach((date, n) -> out.add(new Day(date, n, false)));
        substitutes.forEach((date, n) -> out.add(new Day(date, n, true)));
        out.sort((a, b) -> a.date().compareTo(b.date()));
        return Collections.unmodifiableList(out);
    }

    private static void add(Map<LocalDate, String> days, LocalDate date, String name) {
        days.merge(date, name, (a, b) -> a.contains(b) ? a : a + "、" + b);
    }

    private static boolean isWeekend(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    }

    private static boolean onlyWeekendBetween(LocalDate a, LocalDate b) {
        for (LocalDate d = a.plusDays(1); d.isBefore(b); d = d.plusDays(1)) {
            if (!isWeekend(d)) {
                return false;
            }
        }
        return true;
    }

    private static LunarDates[] load() {
        try (InputStream in = StatutoryEstimate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the lunar table " + RESOURCE + " is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            LunarDates[] table = new LunarDates[LAST_YEAR - FIRST_YEAR + 1];
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("year")) {
                    continue;
                }
                String[] f = line.split(",");
                int year = Integer.parseInt(f[0]);
                table[year - FIRST_YEAR] = new LunarDates(year, LocalDate.parse(f[1]), LocalDate.parse(f[2]),
                        LocalDate.parse(f[3]), LocalDate.parse(f[4]));
            }
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                if (table[y - FIRST_YEAR] == null) {
                    throw new IllegalStateException("the lunar table lacks " + y);
                }
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
