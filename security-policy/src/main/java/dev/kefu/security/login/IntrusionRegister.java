package dev.kefu.security.login;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The intrusion register (SEC-8): on an intrusion the administrator acts, preserves the
 * original data as evidence, reports to leadership and registers the incident. The preserved
 * log lines are kept tamper-evident by a SHA-256 hash chain — each line's link is
 * {@code SHA-256(previous link || line)}, starting from the previous record's hash — so
 * changing, removing or reordering any line or record breaks {@link #verify()}.
 *
 * <p>Implementation Requirements: thread-safe; records are only appended.
 */
public final class IntrusionRegister {

    static final RuleId SEC_8 = RuleId.of("SEC-8");
    private static final String GENESIS = "0".repeat(64);

    private final List<IntrusionRecord> records = new ArrayList<>();

    /**
     * One registered intrusion.
     *
     * @param sequence  from 1
     * @param incident  what was found
     * @param evidence  the original log lines, preserved as they were
     * @param registeredBy  the administrator
     * @param registeredAt  when
     * @param reportedTo  whom in the leadership it was reported to
     * @param reportedAt  when it was reported
     * @param previousHash  the previous record's hash (zeros for the first)
     * @param hash  this record's hash: the chain over its evidence and fields
     */
    public record IntrusionRecord(long sequence, Incident incident, List<String> evidence, EmployeeId registeredBy,
                                  Instant registeredAt, EmployeeId reportedTo, Instant reportedAt, String previousHash, String hash) {
    }

    /**
     * Registers an intrusion with its preserved evidence and the report to leadership.
     *
     * @param incident  what was found, not null
     * @param evidence  the original log lines, at least one
     * @param registeredBy  the administrator, not null
     * @param registeredAt  when, not null
     * @param reportedTo  the leader reported to, not null
     * @param reportedAt  when reported, not null
     * @return the record
     */
    public synchronized IntrusionRecord register(Incident incident, List<String> evidence, EmployeeId registeredBy, Instant registeredAt,
                                                 EmployeeId reportedTo, Instant reportedAt) {
        Violations v = Violations.create();
        v.requireNonNull(incident, "incident", SEC_8);
        if (evidence == null || evidence.isEmpty() || evidence.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("evidence", SecurityMessages.BUNDLE, "register.evidence", SEC_8);
        }
        v.requireNonNull(registeredBy, "registeredBy", SEC_8);
        v.requireNonNull(registeredAt, "registeredAt", SEC_8);
        v.requireNonNull(reportedTo, "reportedTo", SEC_8);
        v.requireNonNull(reportedAt, "reportedAt", SEC_8);
        v.throwIfAny();
        String previous = records.isEmpty() ? GENESIS : records.get(records.size() - 1).hash();
        List<String> lines = List.copyOf(evidence);
        IntrusionRecord r = new IntrusionRecord(records.size() + 1L, incident, lines, registeredBy, registeredAt, reportedTo, reportedAt,
                previous, chain(previous, incident, lines, registeredBy, registeredAt, reportedTo, reportedAt));
        records.add(r);
        return r;
    }

    /** Every record, in order (a snapshot). */
    public synchronized List<IntrusionRecord> records() {
        return List.copyOf(records);
    }

    /**
     * Checks the chain of every record.
     *
     * @return the sequence of the first record that does not verify, empty when all do
     */
    public synchronized Optional<Long> verify() {
        return verify(records);
    }

    /** Checks a chain of records held elsewhere (as persisted by the host). */
    public static Optional<Long> verify(List<IntrusionRecord> records) {
        String previous = GENESIS;
        for (IntrusionRecord r : records) {
            if (!r.previousHash().equals(previous) || !r.hash().equals(chain(previous, r.incident(), r.evidence(), r.registeredBy(),
                    r.registeredAt(), r.reportedTo(), r.reportedAt()))) {
                return Optional.of(r.sequence());
            }
            previous = r.hash();
        }
        return Optional.empty();
    }

    private static String chain(String previous, Incident incident, List<String> lines, EmployeeId by, Instant at,
                                EmployeeId reportedTo, Instant reportedAt) {
        String link = previous;
        link = sha256(link, incident.kind() + "|" + incident.at() + "|" + incident.account().value() + "|" + incident.source() + "|" + incident.count());
        for (String line : lines) {
            link = sha256(link, line);
        }
        return sha256(link, by.value() + "|" + at + "|" + reportedTo.value() + "|" + reportedAt);
    }

    private static String sha256(String previous, String line) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(previous.getBytes(StandardCharsets.US_ASCII));
            md.update((byte) 0);
            md.update(line.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
