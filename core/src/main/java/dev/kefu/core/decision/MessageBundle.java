package dev.kefu.core.decision;

import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages of one module in English and Simplified Chinese (CORE-DEC-1).
 *
 * <p>A bundle is two UTF-8 properties files on the class path, {@code <base>.properties}
 * (English) and {@code <base>_zh_CN.properties} (Simplified Chinese). Patterns use
 * {@link MessageFormat} syntax, so a literal apostrophe is written {@code ''}. Any Chinese
 * locale ({@code zh}, {@code zh_CN}, {@code zh_TW}, …) renders Chinese; every other locale
 * renders English. The JVM default locale is never consulted, so a server running with a
 * Chinese default still answers an English caller in English.
 *
 * <p>Files are read directly rather than through {@code ResourceBundle.Control}, which
 * named (and automatic) modules may not use.
 *
 * <p>Implementation Requirements: immutable and thread-safe; files are read once and cached.
 */
public final class MessageBundle {

    private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

    private final String resourceBase;
    private final ClassLoader loader;

    private MessageBundle(String resourceBase, ClassLoader loader) {
        this.resourceBase = resourceBase;
        this.loader = loader;
    }

    /**
     * Obtains the bundle whose files sit beside the given class.
     *
     * @param anchor  a class in the same package as the files, not null
     * @param simpleName  the file name without locale suffix, such as {@code "messages"}, not null
     * @return the bundle, not null
     */
    public static MessageBundle beside(Class<?> anchor, String simpleName) {
        dev.kefu.core.validation.Violations v = dev.kefu.core.validation.Violations.create();
        v.requireNonNull(anchor, "anchor", Decision.RULE);
        v.requireNonNull(simpleName, "simpleName", Decision.RULE);
        v.throwIfAny();
        String pkg = anchor.getPackageName().replace('.', '/');
        ClassLoader loader = anchor.getClassLoader() != null ? anchor.getClassLoader() : ClassLoader.getSystemClassLoader();
        return new MessageBundle(pkg + "/" + simpleName, loader);
    }

    /** Whether a locale renders Chinese. */
    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /**
     * Renders a message.
     *
     * @param locale  the caller's locale, null means English
     * @param key  the message key, not null
     * @param args  the pattern arguments; {@link Money} and {@link Share} render in their display form
     * @return the message, not null
     * @throws IllegalStateException if the key is missing (a defect of the library, caught by its tests)
     */
    public String format(Locale locale, String key, Object... args) {
        String pattern = key == null ? null : patterns(isChinese(locale)).get(key);
        if (pattern == null) {
            dev.kefu.core.validation.Violations.create().add("key", "message.missing", Decision.RULE).throwIfAny();
        }
        Locale formatLocale = isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = display(args[i], locale);
        }
        return new MessageFormat(pattern, formatLocale).format(shown);
    }

    /**
     * The label of an enum constant in a language (CORE-DEC-1: explanations show labels, never
     * constant names): the constant's own {@link Labelled#label(Locale)} if it has one, else
     * this bundle's key {@code label.<EnumSimpleName>.<CONSTANT>}; the constant name only when
     * neither exists (a defect the bundle tests catch).
     *
     * @param locale  the caller's locale, null means English
     * @param constant  the constant, not null
     * @return the label, not null
     */
    public String label(Locale locale, Enum<?> constant) {
        if (constant instanceof Labelled) {
            return ((Labelled) constant).label(locale);
        }
        String key = labelKey(constant);
        String pattern = patterns(isChinese(locale)).get(key);
        return pattern != null ? pattern : constant.name();
    }

    /** The bundle key holding an enum constant's label: {@code label.<EnumSimpleName>.<CONSTANT>}. */
    public static String labelKey(Enum<?> constant) {
        return "label." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }

    /**
     * The raw pattern of a message, before any formatting; for callers with their own
     * placeholder syntax.
     *
     * @param locale  the caller's locale, null means English
     * @param key  the message key, not null
     * @return the pattern, not null
     * @throws IllegalStateException if the key is missing
     */
    public String pattern(Locale locale, String key) {
        String pattern = key == null ? null : patterns(isChinese(locale)).get(key);
        if (pattern == null) {
            dev.kefu.core.validation.Violations.create().add("key", "message.missing", Decision.RULE).throwIfAny();
        }
        return pattern;
    }

    /** Whether the bundle has a key in the given language. */
    public boolean contains(Locale locale, String key) {
        return key != null && patterns(isChinese(locale)).containsKey(key);
    }

    /** The keys of the given language's file, sorted. */
    public Set<String> keys(Locale locale) {
        return Collections.unmodifiableSet(new TreeSet<>(patterns(isChinese(locale)).keySet()));
    }

    private Object display(Object arg, Locale locale) {
        if (arg instanceof Money) {
            return ((Money) arg).toPlainString();
        }
        if (arg instanceof Enum) {
            return label(locale, (Enum<?>) arg);
        }
        if (arg instanceof java.time.Instant) {
            // explanations show local wall-clock time, never UTC: Asia/Shanghai unless the caller
            // passes a ZonedDateTime in its calendar's zone
            return LOCAL_MINUTES.format(((java.time.Instant) arg).atZone(DEFAULT_ZONE));
        }
        if (arg instanceof java.time.ZonedDateTime || arg instanceof java.time.OffsetDateTime
                || arg instanceof java.time.LocalDateTime) {
            return LOCAL_MINUTES.format((java.time.temporal.TemporalAccessor) arg);
        }
        if (arg instanceof Share || arg instanceof RuleId || arg instanceof java.time.temporal.TemporalAccessor) {
            return String.valueOf(arg);
        }
        return arg;
    }

    /** The zone instants are shown in when no zone is given: the calendar's default. */
    private static final java.time.ZoneId DEFAULT_ZONE = java.time.ZoneId.of("Asia/Shanghai");
    /** Local wall-clock time to the minute, as explanations show it. */
    private static final java.time.format.DateTimeFormatter LOCAL_MINUTES =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Map<String, String> patterns(boolean chinese) {
        Map<String, String> p = chinese ? zh : en; // read once per bundle instance, then from the field
        if (p == null) {
            String path = resourceBase + (chinese ? "_zh_CN" : "") + ".properties";
            p = CACHE.computeIfAbsent(System.identityHashCode(loader) + ":" + path, k -> load(path));
            if (chinese) {
                zh = p;
            } else {
                en = p;
            }
        }
        return p;
    }

    private volatile Map<String, String> en;
    private volatile Map<String, String> zh;

    private Map<String, String> load(String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                dev.kefu.core.validation.Violations.create().add("bundle", "message.bundleMissing", Decision.RULE).throwIfAny();
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> map = new ConcurrentHashMap<>();
            for (String name : p.stringPropertyNames()) {
                map.put(name, p.getProperty(name));
            }
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    @Override
    public String toString() {
        return "MessageBundle[" + resourceBase + "]";
    }
}
