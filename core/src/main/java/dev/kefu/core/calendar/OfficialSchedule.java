package dev.kefu.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The official mainland-China schedule shipped with the library: one row per public holiday
 * or make-up working day, from the State Council's yearly notices (CORE-CAL-1).
 */
final class OfficialSchedule {

    static final String RESOURCE = "cn-official-2020-2026.csv";
    static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);

    record Entry(LocalDate date, boolean working, String name) {
    }

    private static final class Holder {
        static final List<Entry> ENTRIES = load();
    }

    private OfficialSchedule() {
    }

    static List<Entry> entries() {
        return Holder.ENTRIES;
    }

    private static List<Entry> load() {
        try (InputStream in = OfficialSchedule.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the official schedule " + RESOURCE + " is missing from the jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> parse(BufferedReader reader) throws IOException {
        List<Entry> out = new ArrayList<>();
        String header = reader.readLine();
        if (header == null || !header.trim().equals("date,kind,name")) {
            throw new IllegalStateException("official schedule: header must be 'date,kind,name'");
        }
        String line;
        int lineNo = 1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", 3);
            if (f.length != 3) {
                throw new IllegalStateException("official schedule line " + lineNo + ": expected date,kind,name");
            }
            boolean working;
            switch (f[1].trim()) {
                case "HOLIDAY":
                    working = false;
                    break;
                case "WORKDAY":
                    working = true;
                    break;
                default:
                    throw new IllegalStateException("official schedule line " + lineNo + ": unknown kind " + f[1]);
            }
            out.add(new Entry(LocalDate.parse(f[0].trim()), working, f[2].trim()));
        }
        return Collections.unmodifiableList(out);
    }
}
