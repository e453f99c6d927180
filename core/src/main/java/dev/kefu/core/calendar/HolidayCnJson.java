package dev.kefu.core.calendar;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.kefu.core.validation.Violations;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads a holiday-cn JSON file with Jackson's streaming parser. Only this class touches
 * Jackson, so kefu-core works without it unless JSON is loaded.
 */
final class HolidayCnJson {

    private static final boolean AVAILABLE = probe();

    private HolidayCnJson() {
    }

    static boolean available() {
        return AVAILABLE;
    }

    private static boolean probe() {
        try {
            Class.forName("com.fasterxml.jackson.core.JsonFactory", false, HolidayCnJson.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static PublishedSchedule read(Reader reader) {
        Violations v = Violations.create();
        Integer year = null;
        List<PublishedSchedule.Day> days = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        List<String> datePaths = new ArrayList<>();
        boolean sawDays = false;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16)
                        .maxStringLength(PublishedSchedule.MAX_FIELD * 4).build())
                .build();
        try (JsonParser p = factory.createParser(reader)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                v.add("$", PublishedSchedule.MESSAGES, "schedule.json.shape", PublishedSchedule.CAL_1);
                v.throwIfAny();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if ("year".equals(field)) {
                    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                            && p.getIntValue() >= 1900 && p.getIntValue() <= 9999) {
                        year = p.getIntValue();
                    } else {
                        v.add("year", PublishedSchedule.MESSAGES, "schedule.json.year", PublishedSchedule.CAL_1);
                    }
                } else if ("days".equals(field)) {
                    sawDays = true;
                    if (t != JsonToken.START_ARRAY) {
                        v.add("days", PublishedSchedule.MESSAGES, "schedule.json.shape", PublishedSchedule.CAL_1);
                        p.skipChildren();
                        continue;
                    }
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        String path = "days[" + i++ + "]";
                        if (i > PublishedSchedule.MAX_DAYS) {
                            v.add("days", PublishedSchedule.MESSAGES, "schedule.tooMany", PublishedSchedule.CAL_1,
                                    PublishedSchedule.MAX_DAYS);
                            v.throwIfAny();
                        }
                        if (p.currentToken() != JsonToken.START_OBJECT) {
                            v.add(path, PublishedSchedule.MESSAGES, "schedule.json.shape", PublishedSchedule.CAL_1);
                            p.skipChildren();
                            continue;
                        }
                        String name = null;
                        String date = null;
                        Boolean off = null;
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String f = p.currentName();
                            JsonToken vt = p.nextToken();
                            if ("name".equals(f) && vt == JsonToken.VALUE_STRING) {
                                name = p.getText().strip();
                            } else if ("date".equals(f) && vt == JsonToken.VALUE_STRING) {
                                date = p.getText().strip();
                            } else if ("isOffDay".equals(f) && (vt == JsonToken.VALUE_TRUE || vt == JsonToken.VALUE_FALSE)) {
                                off = vt == JsonToken.VALUE_TRUE;
                            } else {
                                p.skipChildren();
                            }
                        }
                        LocalDate d = date == null ? null : PublishedSchedule.parseDate(date, path + ".date", v);
                        if (date == null) {
                            v.add(path + ".date", PublishedSchedule.MESSAGES, "schedule.date", PublishedSchedule.CAL_1);
                        }
                        if (off == null) {
                            v.add(path + ".isOffDay", PublishedSchedule.MESSAGES, "schedule.kind", PublishedSchedule.CAL_1);
                        }
                        if (!PublishedSchedule.validName(name)) {
                            v.add(path + ".name", PublishedSchedule.MESSAGES, "schedule.name", PublishedSchedule.CAL_1);
                        }
                        if (d != null && off != null && PublishedSchedule.validName(name)) {
                            days.add(new PublishedSchedule.Day(d, !off, name));
                            dates.add(d);
                            datePaths.add(path + ".date");
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                v.add("$", PublishedSchedule.MESSAGES, "schedule.json.shape", PublishedSchedule.CAL_1);
            }
        } catch (IOException | RuntimeException e) {
            v.add("$", PublishedSchedule.MESSAGES, "schedule.json.malformed", PublishedSchedule.CAL_1);
            v.throwIfAny();
        }
        if (year == null) {
            v.add("year", PublishedSchedule.MESSAGES, "schedule.json.year", PublishedSchedule.CAL_1);
        }
        if (!sawDays) {
            v.add("days", PublishedSchedule.MESSAGES, "schedule.json.shape", PublishedSchedule.CAL_1);
        }
        if (year != null) {
            for (int i = 0; i < dates.size(); i++) {
                if (dates.get(i).getYear() != year) {
                    v.add(datePaths.get(i), PublishedSchedule.MESSAGES, "schedule.json.outsideYear", PublishedSchedule.CAL_1,
                            dates.get(i).toString(), String.valueOf(year));
                }
            }
        }
        SortedSet<Integer> years = new TreeSet<>();
        if (year != null) {
            years.add(year);
        }
        return PublishedSchedule.checked(years, days, v, datePaths);
    }
}
