package dev.kefu.orders;

import dev.kefu.core.decision.MessageBundle;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The orders module's messages in English and Simplified Chinese, and how they show times. */
public final class OrdersMessages {

    /** The bundle. */
    public static final MessageBundle BUNDLE = MessageBundle.beside(OrdersMessages.class, "messages");

    private static final long FIRST_SECOND = java.time.LocalDate.of(1, 1, 2).toEpochDay() * 86_400L;
    private static final long LAST_SECOND = java.time.LocalDate.of(9999, 12, 30).toEpochDay() * 86_400L;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private OrdersMessages() {
    }

    /**
     * An instant as local {@code yyyy-MM-dd HH:mm} in a zone, as explanations show times.
     *
     * @param instant  the instant, not null
     * @param zone  the zone, not null
     * @return the text
     */
    public static String local(Instant instant, ZoneId zone) {
        if (!inSupportedRange(instant)) {
            return instant.toString();
        }
        return LOCAL.format(instant.atZone(zone));
    }

    /**
     * Whether an instant lies in years 1 to 9999 with a day to spare either side, the range the
     * orders module computes deadlines and shows local times in.
     *
     * @param instant  the instant, not null
     * @return true if in range
     */
    public static boolean inSupportedRange(Instant instant) {
        long s = instant.getEpochSecond();
        return s >= FIRST_SECOND && s < LAST_SECOND;
    }
}
