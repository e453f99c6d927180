package dev.kefu.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one run of the service-desk sample produced, for its end-to-end test and for hosts
 * that embed it.
 *
 * @param customers  customers imported
 * @param salesLines  sales lines imported
 * @param gradeCounts  customers per ABC grade
 * @param staleArchives  customers whose archive is stale
 * @param overdueLoans  archives lent and overdue
 * @param attributions  per visit number, the bonus split as stored
 * @param slaBoard  per complaint id, the status of the satisfactory-reply target
 * @param ranking  employees, best first
 * @param securityIncidents  incident kinds found in the login log, in order
 * @param lateOrders  orders received at or after the picking cut-off (ORD-4)
 * @param readRates  per meter class, the read rate shown (MTR-6)
 * @param cashDifference  the close-of-business difference, counted less system (MTR-15)
 * @param report  the HTML report written
 */
public record DemoResult(long customers, long salesLines, Map<String, Long> gradeCounts, List<String> staleArchives,
                         List<String> overdueLoans, Map<Integer, String> attributions, Map<String, String> slaBoard,
                         List<String> ranking, List<String> securityIncidents, List<String> lateOrders,
                         Map<String, String> readRates, String cashDifference, Path report) {
}
