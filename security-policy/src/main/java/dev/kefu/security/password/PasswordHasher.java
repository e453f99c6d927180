package dev.kefu.security.password;

/**
 * Stores passwords hidden (SEC-4: hashed, never in clear). Implementations salt every hash,
 * encode their parameters in the result so that a later change of parameters still verifies
 * old hashes, compare in constant time, and clear the {@code char[]} buffers they copy.
 * Callers should clear the password array they pass once the call returns.
 */
public interface PasswordHasher {

    /**
     * Hashes a password.
     *
     * @param password  the password, not empty; not modified
     * @return the encoded hash with its parameters and salt, safe to store
     */
    String hash(char[] password);

    /**
     * Whether a password matches an encoded hash, in time independent of where they differ.
     *
     * @param password  the candidate, not null; not modified
     * @param encoded  a hash produced by {@link #hash}, not null
     * @return true if it matches
     */
    boolean verify(char[] password, String encoded);
}
