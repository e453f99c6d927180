package dev.kefu.security.password;

/**
 * Stores passwords hidden (SEC-4: hashed, never in clear). Implementations read the password
 * as {@link PasswordText} does (well-formed text, NFKC, strict UTF-8 — malformed text is a
 * {@code PolicyInputException}), salt every hash, encode their parameters in the result so
 * that a later change of parameters still verifies old hashes, treat a stored hash as
 * untrusted input (parameters outside the configured bounds are refused before anything is
 * computed), compare in constant time, and clear the buffers they copy. Callers should clear
 * the password array they pass once the call returns.
 */
public interface PasswordHasher {

    /**
     * Hashes a password.
     *
     * @param password  the password, not empty, well-formed; not modified
     * @return the encoded hash with its parameters and salt, safe to store
     */
    String hash(char[] password);

    /**
     * Whether a password matches an encoded hash, in time independent of where they differ.
     * Two passwords with the same NFKC form match the same hash.
     *
     * @param password  the candidate, not empty, well-formed; not modified
     * @param encoded  a hash produced by {@link #hash}, not null
     * @return true if it matches
     * @throws dev.kefu.core.validation.PolicyInputException if the password is malformed or the
     *     stored hash is malformed or outside the accepted parameter range
     */
    boolean verify(char[] password, String encoded);

    /**
     * Whether a stored hash was made with other parameters than this hasher uses now, so the
     * host should store a fresh hash at the next successful login.
     *
     * @param encoded  a stored hash, not null
     * @return true if it should be replaced
     * @throws dev.kefu.core.validation.PolicyInputException if it is malformed or out of bounds
     */
    boolean needsRehash(String encoded);

    /**
     * Refuses a stored hash this hasher would not verify (malformed or out of bounds), without
     * computing anything.
     *
     * @param encoded  a stored hash
     * @throws dev.kefu.core.validation.PolicyInputException if it is malformed or out of bounds
     */
    void requireValid(String encoded);
}
