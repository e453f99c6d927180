package dev.kefu.sales.floor;

import dev.kefu.core.decision.MessageBundle;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violation;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The package's message bundle and small shared helpers. */
final class FloorTexts {

    static final MessageBundle BUNDLE = MessageBundle.beside(FloorTexts.class, "messages");
    /** The catalogue's zone (Asia/Shanghai), the same as {@code BusinessCalendar.DEFAULT_ZONE}. */
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private FloorTexts() {
    }

    /** A local {@code yyyy-MM-dd HH:mm} in the zone. */
    static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** Adds a violation in this package's bundle. */
    static void add(Violations v, String path, String key, RuleId rule, Object... args) {
        v.add(path, BUNDLE, key, rule, args);
    }

    /** Requires a list without null elements (each null element is listed); returns true when the list is present. */
    static boolean requireElements(Violations v, Collection<?> list, String path, RuleId rule) {
        if (!v.requireNonNull(list, path, rule)) {
            return false;
        }
        int i = 0;
        for (Object o : list) {
            if (o == null) {
                v.requireNonNull(null, path + "[" + i + "]", rule);
            }
            i++;
        }
        return true;
    }

    /** Requires a non-blank text. */
    static void requireText(Violations v, String text, String path, RuleId rule) {
        if (v.requireNonNull(text, path, rule) && text.isBlank()) {
            v.add(path, "id.blank", rule);
        }
    }

    /**
     * The problems a builder collects: each setter records or clears the problem of its
     * setting, and {@link #build} reports every one together with the missing required settings.
     */
    static final class SettingProblems {
        private final Map<String, Violation> bySetting = new LinkedHashMap<>();

        /** Records the outcome of a setter; returns {@code ok}. */
        boolean check(boolean ok, String setting, String key, RuleId rule, Object... args) {
            if (ok) {
                bySetting.remove(setting);
            } else {
                bySetting.put(setting, Violation.of(setting, BUNDLE, key, rule, args));
            }
            return ok;
        }

        /** Throws for every recorded problem and every missing required setting. */
        void build(Map<String, RuleId> missingRequired) {
            List<Violation> all = new ArrayList<>(bySetting.values());
            for (Map.Entry<String, RuleId> e : missingRequired.entrySet()) {
                if (!bySetting.containsKey(e.getKey())) {
                    all.add(Violation.of(e.getKey(), BUNDLE, "setting.required", e.getValue(), e.getKey()));
                }
            }
            Violations.create().addAll(all).throwIfAny();
        }
    }
}
