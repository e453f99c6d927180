package dev.kefu.core.validation;

import dev.kefu.core.decision.MessageBundle;
import dev.kefu.core.decision.RuleId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import jakarta.validation.MessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Checks Jakarta Validation constraints on kefu's value types and turns failures into one
 * {@link PolicyInputException} that lists every violation.
 *
 * <p>Two choices made once, for every host:
 * <ul>
 *   <li><b>No Expression Language needed.</b> The validator is given an interpolator that
 *       keeps message templates as they are, and kefu renders them itself from its own
 *       bundle ({@code dev/kefu/core/validation/messages*.properties}) with {@code {param}}
 *       placeholders only, in English and Simplified Chinese. A host need not put an EL
 *       implementation on its class path. A literal message on a host's own constraint is
 *       shown as written; an unknown {@code {key}} template is shown as its key.</li>
 *   <li><b>Record- and Immutables-style accessors are properties.</b> Hibernate Validator by
 *       default only sees {@code getX()}; kefu's types use {@code x()}. A
 *       {@link GetterPropertySelectionStrategy} treats every public no-argument, non-void
 *       method (other than {@code hashCode}, {@code toString}, {@code getClass}) as a
 *       property, so constraints on {@code amount()} are checked.</li>
 * </ul>
 *
 * <p>Rejected values never appear in messages.
 *
 * <p>Implementation Requirements: immutable and thread-safe; the validator is bootstrapped
 * once per JVM, lazily, on first use.
 */
public final class PolicyValidator {

    private static final MessageBundle MESSAGES = MessageBundle.beside(PolicyValidator.class, "messages");
    private static final Pattern KEY = Pattern.compile("^\\{([^{}]+)}$");
    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z]+)}");

    private final Validator validator;

    private PolicyValidator(Validator validator) {
        this.validator = validator;
    }

    private static final class Holder {
        static final PolicyValidator INSTANCE = new PolicyValidator(bootstrap());
    }

    /** The shared validator. */
    public static PolicyValidator shared() {
        return Holder.INSTANCE;
    }

    private static Validator bootstrap() {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new TemplatesOnly())
                .getterPropertySelectionStrategy(new AccessorsAreProperties())
                .buildValidatorFactory()
                .getValidator();
    }

    /**
     * Checks a value's constraints.
     *
     * @param value  the value, null is itself a violation
     * @param <T> the type of the value
     * @return the value, for chaining
     * @throws PolicyInputException listing every violation
     */
    public <T> T requireValid(T value) {
        List<Violation> found = violations(value, "");
        if (!found.isEmpty()) {
            throw new PolicyInputException(found);
        }
        return value;
    }

    /**
     * Finds the violations of a value's constraints.
     *
     * @param value  the value, null is itself a violation
     * @param pathPrefix  prefix for the reported paths (such as the parameter name), not null
     * @return the violations, sorted by path, not null
     */
    public List<Violation> violations(Object value, String pathPrefix) {
        List<Violation> out = new ArrayList<>();
        if (value == null) {
            out.add(Violation.of(pathPrefix, MESSAGES, "required", null));
            return out;
        }
        Set<ConstraintViolation<Object>> raw = validator.validate(value);
        for (ConstraintViolation<Object> cv : raw) {
            out.add(convert(cv, pathPrefix));
        }
        out.sort(Comparator.comparing(Violation::path).thenComparing(v -> v.message(Locale.ENGLISH)));
        return out;
    }

    /** The underlying Jakarta validator, for hosts that check their own types the same way. */
    public Validator jakartaValidator() {
        return validator;
    }

    private static Violation convert(ConstraintViolation<Object> cv, String prefix) {
        String path = cv.getPropertyPath().toString();
        if (!prefix.isEmpty()) {
            path = path.isEmpty() ? prefix : prefix + "." + path;
        }
        Map<String, Object> attrs = cv.getConstraintDescriptor().getAttributes();
        String en = render(cv, attrs, Locale.ENGLISH);
        String zh = render(cv, attrs, Locale.SIMPLIFIED_CHINESE);
        return Violation.of(path, en, zh, ruleOf(cv).orElse(null));
    }

    private static String render(ConstraintViolation<Object> cv, Map<String, Object> attrs, Locale locale) {
        Matcher m = KEY.matcher(cv.getMessageTemplate());
        if (!m.matches()) {
            return cv.getMessage();
        }
        String key = m.group(1);
        if (Boolean.FALSE.equals(attrs.get("inclusive")) && MESSAGES.contains(locale, key + ".exclusive")) {
            key = key + ".exclusive";
        }
        if (!MESSAGES.contains(locale, key)) {
            return key;
        }
        String pattern = MESSAGES.pattern(locale, key);
        Matcher p = PARAM.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (p.find()) {
            Object v = attrs.get(p.group(1));
            p.appendReplacement(sb, Matcher.quoteReplacement(v == null ? p.group() : String.valueOf(v)));
        }
        p.appendTail(sb);
        return sb.toString();
    }

    /** The {@link PolicyRule} on the violated accessor or field, else on its type. */
    private static Optional<RuleId> ruleOf(ConstraintViolation<Object> cv) {
        Object leaf = cv.getLeafBean();
        String property = null;
        for (Path.Node node : cv.getPropertyPath()) {
            property = node.getName();
        }
        Class<?> type = leaf == null ? cv.getRootBeanClass() : leaf.getClass();
        if (property != null) {
            Optional<RuleId> onMember = memberRule(type, property);
            if (onMember.isPresent()) {
                return onMember;
            }
        }
        return typeRule(type);
    }

    private static Optional<RuleId> memberRule(Class<?> type, String property) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Optional<RuleId> r = declaredRule(c, property);
            if (r.isPresent()) {
                return r;
            }
            for (Class<?> i : c.getInterfaces()) {
                Optional<RuleId> ri = memberRule(i, property);
                if (ri.isPresent()) {
                    return ri;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<RuleId> declaredRule(Class<?> c, String property) {
        try {
            Method m = c.getDeclaredMethod(property);
            PolicyRule r = m.getAnnotation(PolicyRule.class);
            if (r != null) {
                return Optional.of(RuleId.of(r.value()));
            }
        } catch (NoSuchMethodException e) {
            // not declared here
        }
        for (java.lang.reflect.Field f : c.getDeclaredFields()) {
            if (f.getName().equals(property) && f.isAnnotationPresent(PolicyRule.class)) {
                return Optional.of(RuleId.of(f.getAnnotation(PolicyRule.class).value()));
            }
        }
        return Optional.empty();
    }

    private static Optional<RuleId> typeRule(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(PolicyRule.class)) {
                return Optional.of(RuleId.of(c.getAnnotation(PolicyRule.class).value()));
            }
            for (Class<?> i : c.getInterfaces()) {
                if (i.isAnnotationPresent(PolicyRule.class)) {
                    return Optional.of(RuleId.of(i.getAnnotation(PolicyRule.class).value()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Leaves templates untouched: kefu renders them in both languages itself, and Hibernate
     * Validator's own interpolators either need an Expression Language implementation or
     * warn about the EL in the built-in templates.
     */
    private static final class TemplatesOnly implements MessageInterpolator {

        @Override
        public String interpolate(String messageTemplate, Context context) {
            return messageTemplate;
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return messageTemplate;
        }
    }

    /** Every public no-argument, non-void method other than Object's is a property. */
    private static final class AccessorsAreProperties implements GetterPropertySelectionStrategy {

        private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass", "clone");

        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            if (executable.getParameterTypes().length != 0
                    || executable.getReturnType() == void.class
                    || NOT_PROPERTIES.contains(executable.getName())) {
                return Optional.empty();
            }
            return Optional.of(executable.getName());
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }
}
