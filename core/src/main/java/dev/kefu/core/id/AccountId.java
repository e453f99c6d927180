package dev.kefu.core.id;

/**
 * Identifies a system account (系统账号) by the host's own key.
 *
 * @param value  the host's key, not blank, at most {@value TypedId#MAX_LENGTH} characters
 */
public record AccountId(String value) implements TypedId, Comparable<AccountId> {

    /** @throws dev.kefu.core.validation.PolicyInputException if blank or too long */
    public AccountId {
        TypedId.check(value, "accountId");
    }

    /** Obtains an identifier; see {@link TypedId} for what is accepted. */
    public static AccountId of(String value) {
        return new AccountId(value);
    }

    @Override
    public int compareTo(AccountId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
