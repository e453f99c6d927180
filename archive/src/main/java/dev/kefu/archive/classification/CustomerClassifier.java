package dev.kefu.archive.classification;

import dev.kefu.archive.CustomerArchive;
import java.util.Optional;

/**
 * Puts a customer into a class along one dimension (客户性质分类, ARC-4). The built-ins classify
 * by industry, customer nature, region and customer type ({@link Classifiers}); a host adds
 * its own by implementing this interface, for example from its ERP's customer groups.
 *
 * <p>Implementations must be thread-safe and must not throw for a customer they cannot
 * classify: they return empty.
 */
public interface CustomerClassifier {

    /** The dimension, such as {@code industry}; unique among the classifiers used together. */
    String dimension();

    /**
     * Classifies a customer.
     *
     * @param archive  the customer's archive, not null
     * @return the class, empty if the archive does not say
     */
    Optional<String> classify(CustomerArchive archive);
}
