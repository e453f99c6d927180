package dev.kefu.core.privacy;

/**
 * Masks personal data for display, logs, {@code toString} and messages: a mainland mobile
 * number as {@code 138****1234}, an ID-card number as {@code 110***********123X}, an e-mail
 * address as {@code z***@example.com}, a personal name as {@code 张*三}.
 *
 * <p>Each method keeps a fixed number of characters and replaces every other character with
 * {@code *}, one for one, so the masked text has the length of the original and reveals
 * nothing beyond the kept characters. Null gives {@code null}; text that is not of the
 * expected shape is masked as a whole except its first character.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class Masking {

    private Masking() {
    }

    /** A mobile number with its first 3 and last 4 digits kept: {@code 13812341234 -> 138****1234}. */
    public static String mobile(String mobile) {
        return keep(mobile, 3, 4);
    }

    /** An ID-card number with its first 3 and last 4 characters kept. */
    public static String idCard(String idCard) {
        return keep(idCard, 3, 4);
    }

    /** An e-mail address with the first character of the local part and the domain kept. */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return keep(email, 1, 0);
        }
        return keep(email.substring(0, at), 1, 0) + email.substring(at);
    }

    /**
     * A personal name with its first and last characters kept: {@code 张小三 -> 张*三},
     * {@code 欧阳娜娜 -> 欧**娜}; a two-character name keeps the first ({@code 张三 -> 张*}),
     * a one-character name keeps nothing.
     */
    public static String personName(String name) {
        if (name == null) {
            return null;
        }
        int n = name.codePointCount(0, name.length());
        if (n <= 1) {
            return "*".repeat(n);
        }
        return n == 2 ? keep(name, 1, 0) : keep(name, 1, 1);
    }

    /**
     * Keeps the first {@code head} and the last {@code tail} characters (code points) and
     * stars the rest; when the text is too short to hide anything that way, keeps only its
     * first character (or nothing for a single character).
     */
    /**
     * Whether text is fit to be an identifier or a name: at least one visible character, and
     * no control or format character (NUL, zero-width space, direction marks, …).
     *
     * @param text  the text, not null
     * @return true if the text is visible and clean
     */
    public static boolean isVisibleText(String text) {
        boolean visible = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
                return false;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                visible = true;
            }
            i += Character.charCount(c);
        }
        return visible;
    }

    static String keep(String text, int head, int tail) {
        if (text == null) {
            return null;
        }
        int[] cps = text.codePoints().toArray();
        int n = cps.length;
        if (n <= head + tail) {
            head = n > 1 ? 1 : 0;
            tail = 0;
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            if (i < head || i >= n - tail) {
                sb.appendCodePoint(cps[i]);
            } else {
                sb.append('*');
            }
        }
        return sb.toString();
    }
}
