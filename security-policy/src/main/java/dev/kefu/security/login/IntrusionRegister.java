package dev.kefu.security.login;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.nio.ByteBuffer;
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
 * original data as evidence, reports to leadership and registers the incident.
 *
 * <p><b>Tamper evidence.</b> Each record's hash is SHA-256 over an unambiguous encoding of
 * <i>every</i> field — a version tag, the sequence number, the previous record's hash, the
 * incident's kind, time, account, source and count, the number of evidence lines and each line,
 * who registered it and when, whom it was reported to and when — where each text is written as
 * its length followed by its UTF-16 code units and each number in fixed width. So
 * {@link #verify(List, String)} detects a rewritten sequence number, text moved between fields
 * ({@code acc|1}/{@code 10.0.0.1} versus {@code acc}/{@code 1|10.0.0.1}), an edited, removed or
 * reordered record, registration times out of order, and — against the {@linkplain #head() head
 * digest} the host keeps somewhere else (another table, a log, a signed e-mail) — a dropped last
 * record or a chain rebuilt from scratch. Without a head only the chain itself can be checked
 * ({@link #verify(List)}), which cannot see a truncated tail.
 *
 * <p><b>State and restore.</b> The state is {@link #records()} plus {@link #head()};
 * {@link #restore} rebuilds a register from them and refuses anything that does not verify.
 *
 * <p>Implementation Requirements: thread-safe; records are only appended.
 */
public final class IntrusionRegister {

    static final RuleId SEC_8 = RuleId.of("SEC-8");
    /** The head of an empty register and the previous hash of the first record. */
    public static final String GENESIS = "0".repeat(64);
    private static final byte[] TAG = "kefu-intrusion-register/2".getBytes(StandardCharsets.US_ASCII);

    private final List<IntrusionRecord> records = new ArrayList<>();

    /** An empty register. */
    public IntrusionRegister() {
    }

    /**
     * One registered intrusion. The evidence list is copied.
     *
     * @param sequence  from 1
     * @param incident  what was found
     * @param evidence  the original log lines, preserved as they were
     * @param registeredBy  the administrator
     * @param registeredAt  when
     * @param reportedTo  whom in the leadership it was reported to
     * @param reportedAt  when it was reported
     * @param previousHash  the previous record's hash ({@link #GENESIS} for the first)
     * @param hash  this record's hash over every field
     */
    public record IntrusionRecord(long sequence, Incident incident, List<String> evidence, EmployeeId registeredBy,
                                  Instant registeredAt, EmployeeId reportedTo, Instant reportedAt, String previousHash, String hash) {

        /** @throws dev.kefu.core.validation.PolicyInputException naming every missing field */
        public IntrusionRecord {
            Violations v = Violations.create();
            v.requireNonNull(incident, "incident", SEC_8);
            if (dev.kefu.security.SecurityInputs.nullOrHasNull(evidence) || evidence.isEmpty()) {
                v.add("evidence", SecurityMessages.BUNDLE, "register.evidence", SEC_8);
            }
            v.requireNonNull(registeredBy, "registeredBy", SEC_8);
            v.requireNonNull(registeredAt, "registeredAt", SEC_8);
            v.requireNonNull(reportedTo, "reportedTo", SEC_8);
            v.requireNonNull(reportedAt, "reportedAt", SEC_8);
            v.requireNonNull(previousHash, "previousHash", SEC_8);
            v.requireNonNull(hash, "hash", SEC_8);
            if (sequence < 1) {
                v.add("sequence", "positive", SEC_8);
            }
            v.throwIfAny();
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * Registers an intrusion with its preserved evidence and the report to leadership.
     *
     * @param incident  what was found, not null
     * @param evidence  the original log lines, at least one
     * @param registeredBy  the administrator, not null
     * @param registeredAt  when, not null, not before the incident nor before the previous record's registration
     * @param reportedTo  the leader reported to, not null
     * @param reportedAt  when reported, not null, not before the incident (it may precede the registration:
     *     the regulation lists reporting before registering)
     * @return the record
     */
    public synchronized IntrusionRecord register(Incident incident, List<String> evidence, EmployeeId registeredBy, Instant registeredAt,
                                                 EmployeeId reportedTo, Instant reportedAt) {
        Violations v = Violations.create();
        v.requireNonNull(incident, "incident", SEC_8);
        if (dev.kefu.security.SecurityInputs.nullOrHasNull(evidence) || evidence.isEmpty()) {
            v.add("evidence", SecurityMessages.BUNDLE, "register.evidence", SEC_8);
        }
        v.requireNonNull(registeredBy, "registeredBy", SEC_8);
        v.requireNonNull(registeredAt, "registeredAt", SEC_8);
        v.requireNonNull(reportedTo, "reportedTo", SEC_8);
        v.requireNonNull(reportedAt, "reportedAt", SEC_8);
        if (incident != null && registeredAt != null && registeredAt.isBefore(incident.at())) {
            v.add("registeredAt", SecurityMessages.BUNDLE, "register.beforeIncident", SEC_8);
        }
        if (incident != null && reportedAt != null && reportedAt.isBefore(incident.at())) {
            v.add("reportedAt", SecurityMessages.BUNDLE, "register.beforeIncident", SEC_8);
        }
        if (!records.isEmpty() && registeredAt != null && registeredAt.isBefore(records.get(records.size() - 1).registeredAt())) {
            v.add("registeredAt", SecurityMessages.BUNDLE, "register.order", SEC_8);
        }
        v.throwIfAny();
        long sequence = records.size() + 1L;
        String previous = head();
        List<String> lines = List.copyOf(evidence);
        IntrusionRecord r = new IntrusionRecord(sequence, incident, lines, registeredBy, registeredAt, reportedTo, reportedAt,
                previous, digest(sequence, previous, incident, lines, registeredBy, registeredAt, reportedTo, reportedAt));
        records.add(r);
        return r;
    }

    /** Every record, in order (a snapshot): the state a host stores. */
    public synchronized List<IntrusionRecord> records() {
        return List.copyOf(records);
    }

    /**
     * The head digest: the last record's hash ({@link #GENESIS} when empty). The host stores it
     * apart from the records and passes it to {@link #verify(List, String)} or {@link #restore}.
     */
    public synchronized String head() {
        return records.isEmpty() ? GENESIS : records.get(records.size() - 1).hash();
    }

    /**
     * Checks the chain of every record held.
     *
     * @return the sequence of the first record that does not verify, empty when all do
     */
    public synchronized Optional<Long> verify() {
        return verify(records, head());
    }

    /**
     * Checks a chain of records held elsewhere without a head: detects edits, reordering and
     * removal inside the chain, but not a dropped last record.
     *
     * @param records  the stored records, not null, no nulls
     * @return the position (from 1) of the first record that does not verify, empty when all do
     */
    public static Optional<Long> verify(List<IntrusionRecord> records) {
        requireRecords(records);
        return chain(records);
    }

    /**
     * Checks a chain of records against the head digest stored elsewhere.
     *
     * @param records  the stored records, not null, no nulls
     * @param head  the head digest the host kept, not null
     * @return the position (from 1) of the first record that does not verify; {@code size + 1}
     *     when every record verifies but the head does not match (records dropped at the end or
     *     the chain rebuilt); empty when all verify
     */
    public static Optional<Long> verify(List<IntrusionRecord> records, String head) {
        requireRecords(records);
        if (head == null) {
            Violations.create().add("head", "required", SEC_8).throwIfAny();
        }
        Optional<Long> broken = chain(records);
        if (broken.isPresent()) {
            return broken;
        }
        String last = records.isEmpty() ? GENESIS : records.get(records.size() - 1).hash();
        return MessageDigest.isEqual(last.getBytes(StandardCharsets.US_ASCII), head.getBytes(StandardCharsets.US_ASCII))
                ? Optional.empty() : Optional.of(records.size() + 1L);
    }

    /**
     * Rebuilds a register from stored records and the head digest kept elsewhere.
     *
     * @param records  the stored records, in order
     * @param head  the stored head digest
     * @return the register, ready to append
     * @throws dev.kefu.core.validation.PolicyInputException if the records do not verify against the head
     */
    public static IntrusionRegister restore(List<IntrusionRecord> records, String head) {
        Optional<Long> broken = verify(records, head);
        if (broken.isPresent()) {
            Violations.create().add("records", SecurityMessages.BUNDLE, "register.tampered", SEC_8, broken.get()).throwIfAny();
        }
        IntrusionRegister r = new IntrusionRegister();
        r.records.addAll(records);
        return r;
    }

    private static void requireRecords(List<IntrusionRecord> records) {
        if (dev.kefu.security.SecurityInputs.nullOrHasNull(records)) {
            Violations.create().add("records", "required", SEC_8).throwIfAny();
        }
    }

    private static Optional<Long> chain(List<IntrusionRecord> records) {
        String previous = GENESIS;
        Instant lastRegistered = Instant.MIN;
        for (int i = 0; i < records.size(); i++) {
            IntrusionRecord r = records.get(i);
            long position = i + 1L;
            if (r.sequence() != position || !r.previousHash().equals(previous) || r.registeredAt().isBefore(lastRegistered)
                    || !r.hash().equals(digest(r.sequence(), previous, r.incident(), r.evidence(), r.registeredBy(), r.registeredAt(),
                    r.reportedTo(), r.reportedAt()))) {
                return Optional.of(position);
            }
            previous = r.hash();
            lastRegistered = r.registeredAt();
        }
        return Optional.empty();
    }

    static String digest(long sequence, String previous, Incident incident, List<String> lines, EmployeeId by, Instant at,
                         EmployeeId reportedTo, Instant reportedAt) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(TAG);
            md.update(ByteBuffer.allocate(8).putLong(sequence).array());
            text(md, previous);
            text(md, incident.kind().name());
            instant(md, incident.at());
            text(md, incident.account().value());
            text(md, incident.source());
            md.update(ByteBuffer.allocate(4).putInt(incident.count()).array());
            md.update(ByteBuffer.allocate(4).putInt(lines.size()).array());
            for (String line : lines) {
                text(md, line);
            }
            text(md, by.value());
            instant(md, at);
            text(md, reportedTo.value());
            instant(md, reportedAt);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }

    /** Length-prefixed UTF-16 code units: injective for any text, even text with unpaired surrogates. */
    private static void text(MessageDigest md, String s) {
        ByteBuffer b = ByteBuffer.allocate(4 + 2 * s.length()).putInt(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.putChar(s.charAt(i));
        }
        md.update(b.array());
    }

    private static void instant(MessageDigest md, Instant t) {
        md.update(ByteBuffer.allocate(12).putLong(t.getEpochSecond()).putInt(t.getNano()).array());
    }
}
