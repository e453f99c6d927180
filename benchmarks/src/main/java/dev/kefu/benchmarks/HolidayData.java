package dev.kefu.benchmarks;

import com.opengamma.strata.basics.date.HolidayCalendarId;
import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import dev.kefu.core.calendar.BusinessCalendar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.objectlab.kit.datecalc.common.DateCalculator;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;

/**
 * The same official holiday data, loaded into kefu and into both peers: the CSV that
 * kefu-core ships, read here row by row.
 *
 * <p>ObjectLab Kit cannot represent make-up working days (调休上班日): its working week is
 * fixed, and a weekend day cannot be made a working day. It is given the holidays only, so
 * its answers differ from kefu's and Strata's around the make-up Saturdays and Sundays; the
 * comparison is of cost, not of answers.
 */
public final class HolidayData {

    /** The official public holidays. */
    public final List<LocalDate> holidays = new ArrayList<>();
    /** The official make-up working days. */
    public final List<LocalDate> workingDays = new ArrayList<>();

    private static final String RESOURCE = "dev/kefu/core/calendar/cn-official-2020-2026.csv";

    /** Reads the shipped data. */
    public HolidayData() {
        try (InputStream in = BusinessCalendar.class.getClassLoader().getResourceAsStream(RESOURCE);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", 3);
                (f[1].equals("HOLIDAY") ? holidays : workingDays).add(LocalDate.parse(f[0]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Start dates spread over 2021-01-04 .. mid-2025 in a scrambled order, so that
     * benchmarks ask about a different day each call and a move of 250 working days or a
     * year stays inside the data.
     */
    public static LocalDate[] startDates(int count) {
        LocalDate first = LocalDate.of(2021, 1, 4);
        LocalDate[] out = new LocalDate[count];
        for (int k = 0; k < count; k++) {
            out[k] = first.plusDays(k * 37L % 1640);
        }
        return out;
    }

    /** kefu's calendar (the same data, shipped). */
    public BusinessCalendar kefu() {
        return BusinessCalendar.chinaOfficial();
    }

    /** Strata's calendar with the holidays, Saturday/Sunday weekends and the make-up working days. */
    public ImmutableHolidayCalendar strata() {
        return ImmutableHolidayCalendar.of(HolidayCalendarId.of("CNOFFICIAL"), holidays,
                List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), workingDays);
    }

    /** ObjectLab's calculator with the holidays only (it cannot take make-up days); not thread-safe. */
    public DateCalculator<LocalDate> objectLab() {
        Set<LocalDate> set = new HashSet<>(holidays);
        LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
        factory.registerHolidays("CNOFFICIAL",
                new DefaultHolidayCalendar<>(set, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31)));
        return factory.getDateCalculator("CNOFFICIAL", HolidayHandlerType.FORWARD);
    }
}
