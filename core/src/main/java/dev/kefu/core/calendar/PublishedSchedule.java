package dev.kefu.core.calendar;

import dev.kefu.core.decision.MessageBundle;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A schedule of days off and make-up working days published by the State Council, loaded at
 * run time so that a host adds next year's schedule without upgrading kefu (CORE-CAL-1,
 * CORE-CAL-3). Add it to a calendar with {@link BusinessCalendar#withPublishedSchedule} or
 * {@link BusinessCalendar.Builder#publishedSchedule}: each year it holds replaces the shipped
 * data or the provisional estimate for that year.
 *
 * <p>Two formats are read:
 * <ul>
 *   <li>kefu's own CSV, the format of the shipped data: a header {@code date,kind,name}, then
 *       one line per day, {@code kind} being {@code HOLIDAY} or {@code WORKDAY}
 *       ({@link #fromCsv(Path)}, {@link #fromCsv(Reader)}, {@link #fromCsvResource});
 *       the years it holds are the years of its dates;</li>
 *   <li>the JSON files of the holiday-cn data set, one file per year:
 *       {@code {"year":2027, "days":[{"name":"元旦", "date":"2027-01-01", "isOffDay":true}, …]}}
 *       ({@link #fromHolidayCnJson(Path)}, {@link #fromHolidayCnJson(Reader)}). Parsing uses
 *       Jackson's streaming parser ({@code com.fasterxml.jackson.core:jackson-core}), an
 *       <em>optional</em> dependency of kefu-core: a host that loads JSON adds it.</li>
 * </ul>
 *
 * <p>A schedule that contradicts itself is refused whole, listing every bad line: a malformed
 * line or date, an unknown kind, a day entered both as off and as on, a date outside the year a
 * JSON file states, a year with no day at all. Error messages name the line or the element and
 * may repeat the date in question; they never repeat other text from the file.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class PublishedSchedule {

    static final RuleId CAL_1 = RuleId.of("CORE-CAL-1");
    static final MessageBundle MESSAGES = MessageBundle.beside(PublishedSchedule.class, "messages");
    /** The longest line or name read, in characters. */
    static final int MAX_FIELD = 200;
    /** The most days one schedule may hold. */
    static final int MAX_DAYS = 40_000;

    /** One day of a published schedule. */
    record Day(LocalDate date, boolean working, String name) {
    }

    private final SortedSet<Integer> years;
    private final List<Day> days;

    PublishedSchedule(SortedSet<Integer> years, List<Day> days) {
        this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
        this.days = List.copyOf(days);
    }

    /** The years this schedule publishes, ascending. */
    public SortedSet<Integer> years() {
        return years;
    }

    /** The number of days listed (days off and make-up working days). */
    public int size() {
        return days.size();
    }

    List<Day> days() {
        return days;
    }

    /**
     * Reads kefu's CSV format from a file.
     *
     * @param file  the file, UTF-8, not null
     * @return the schedule, not null
     * @throws dev.kefu.core.validation.PolicyInputException listing every bad line, or if the
     *     file cannot be read
     */
    public static PublishedSchedule fromCsv(Path file) {
        requireNonNull(file, "file");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return fromCsv(r);
        } catch (IOException e) {
            throw unreadable("file");
        }
    }

    /**
     * Reads kefu's CSV format from a classpath resource.
     *
     * @param loader  the class loader to look in, not null
     * @param resource  the resource name, such as {@code "kefu/cn-2027.csv"}, not null
     * @return the schedule, not null
     * @throws dev.kefu.core.validation.PolicyInputException listing every bad line, or if the
     *     resource is missing
     */
    public static PublishedSchedule fromCsvResource(ClassLoader loader, String resource) {
        Violations v = Violations.create();
        v.requireNonNull(loader, "loader", CAL_1);
        v.requireNonNull(resource, "resource", CAL_1);
        v.throwIfAny();
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw unreadable("resource");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return fromCsv(r);
        } catch (IOException e) {
            throw unreadable("resource");
        }
    }

    /**
     * Reads kefu's CSV format: a header {@code date,kind,name}, then one line per day.
     *
     * @param reader  the text, not null; not closed
     * @return the schedule, not null
     * @throws dev.kefu.core.validation.PolicyInputException listing every bad line
     */
    public static PublishedSchedule fromCsv(Reader reader) {
        requireNonNull(reader, "reader");
        Violations v = Violations.create();
        List<Day> days = new ArrayList<>();
        SortedSet<Integer> years = new TreeSet<>();
        try {
            BufferedReader r = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
            String header = r.readLine();
            if (header == null || !header.strip().replace("\uFEFF", "").equals("date,kind,name")) {
                v.add("line[1]", MESSAGES, "schedule.csv.header", CAL_1);
                v.throwIfAny();
            }
            String line;
            int lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String path = "line[" + lineNo + "]";
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.length() > MAX_FIELD) {
                    v.add(path, MESSAGES, "schedule.tooLong", CAL_1, MAX_FIELD);
                    continue;
                }
                String[] f = line.split(",", 3);
                if (f.length != 3) {
                    v.add(path, MESSAGES, "schedule.csv.fields", CAL_1);
                    continue;
                }
                LocalDate date = parseDate(f[0].strip(), path, v);
                Boolean working = null;
                switch (f[1].strip()) {
                    case "HOLIDAY":
                        working = false;
                        break;
                    case "WORKDAY":
                        working = true;
                        break;
                    default:
                        v.add(path, MESSAGES, "schedule.kind", CAL_1);
                }
                String name = f[2].strip();
                if (!validName(name)) {
                    v.add(path, MESSAGES, "schedule.name", CAL_1);
                }
                if (date != null && working != null && validName(name)) {
                    if (days.size() >= MAX_DAYS) {
                        v.add(path, MESSAGES, "schedule.tooMany", CAL_1, MAX_DAYS);
                        break;
                    }
                    days.add(new Day(date, working, name));
                    years.add(date.getYear());
                }
            }
        } catch (IOException e) {
            throw unreadable("reader");
        }
        return checked(years, days, v, List.of());
    }

    /**
     * Reads one year's JSON file of the holiday-cn data set.
     *
     * @param file  the file, UTF-8, not null
     * @return the schedule of the year the file states, not null
     * @throws dev.kefu.core.validation.PolicyInputException listing every bad element, if the
     *     file cannot be read, or if Jackson's streaming parser is not on the class path
     */
    public static PublishedSchedule fromHolidayCnJson(Path file) {
        requireNonNull(file, "file");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return fromHolidayCnJson(r);
        } catch (IOException e) {
            throw unreadable("file");
        }
    }

    /**
     * Reads one year's JSON of the holiday-cn data set:
     * {@code {"year":2027, "days":[{"name":…, "date":"YYYY-MM-DD", "isOffDay":true|false}]}};
     * other members ({@code $schema}, {@code papers}, …) are ignored.
     *
     * @param reader  the text, not null; not closed
     * @return the schedule of the year the file states, not null
     * @throws dev.kefu.core.validation.PolicyInputException listing every bad element, or if
     *     Jackson's streaming parser is not on the class path
     */
    public static PublishedSchedule fromHolidayCnJson(Reader reader) {
        requireNonNull(reader, "reader");
        if (!HolidayCnJson.available()) {
            Violations.create().add("reader", MESSAGES, "schedule.json.noJackson", CAL_1).throwIfAny();
        }
        return HolidayCnJson.read(reader);
    }

    /** Validates what a reader collected and builds the schedule, or throws every problem. */
    static PublishedSchedule checked(SortedSet<Integer> years, List<Day> days, Violations v, List<String> outsidePaths) {
        Map<LocalDate, Day> byDate = new HashMap<>();
        for (Day d : days) {
            Day previous = byDate.putIfAbsent(d.date(), d);
            if (previous != null && previous.working() != d.working()) {
                v.add("days[" + d.date() + "]", MESSAGES, "schedule.conflict", CAL_1, d.date().toString());
            }
        }
        for (int year : years) {
            boolean any = days.stream().anyMatch(d -> d.date().getYear() == year);
            if (!any) {
                v.add("year", MESSAGES, "schedule.empty", CAL_1, String.valueOf(year));
            }
        }
        if (years.isEmpty() && v.isEmpty()) {
            v.add("days", MESSAGES, "schedule.none", CAL_1);
        }
        v.throwIfAny();
        List<Day> unique = new ArrayList<>(byDate.values());
        unique.sort((a, b) -> a.date().compareTo(b.date()));
        return new PublishedSchedule(years, unique);
    }

    static LocalDate parseDate(String text, String path, Violations v) {
        try {
            if (text.length() != 10) {
                throw new DateTimeParseException("length", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            v.add(path, MESSAGES, "schedule.date", CAL_1);
            return null;
        }
    }

    static boolean validName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_FIELD) {
            return false;
        }
        return name.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    }

    private static void requireNonNull(Object value, String path) {
        Violations v = Violations.create();
        v.requireNonNull(value, path, CAL_1);
        v.throwIfAny();
    }

    private static RuntimeException unreadable(String path) {
        Violations.create().add(path, MESSAGES, "schedule.unreadable", CAL_1).throwIfAny();
        return new IllegalStateException("unreachable");
    }

    @Override
    public String toString() {
        return "PublishedSchedule" + years + "[" + days.size() + " days]";
    }
}
