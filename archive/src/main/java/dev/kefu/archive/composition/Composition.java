package dev.kefu.archive.composition;

import dev.kefu.archive.grading.Grade;
import dev.kefu.core.id.ProductId;
import dev.kefu.core.money.Money;
import dev.kefu.archive.ArchiveRules;
import dev.kefu.core.validation.Violations;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The three compositions of ARC-6 (客户构成分析): the share of total sales held by each
 * customer grade, the share of each product in total sales volume, and the share of each
 * region in total sales. Each map is sorted by key; its shares total exactly 100% (or are
 * all 0% when there were no sales, or no volume).
 *
 * @param lines  the number of sales lines analysed
 * @param totalSales  total sales
 * @param totalQuantity  total volume
 * @param salesByGrade  sales composition: total in fen and share per grade
 * @param volumeByProduct  product composition: quantity and share per product
 * @param salesByRegion  regional composition: total in fen and share per region
 */
public record Composition(long lines, Money totalSales, long totalQuantity,
                          Map<Grade, GroupShare> salesByGrade,
                          Map<ProductId, GroupShare> volumeByProduct,
                          Map<String, GroupShare> salesByRegion) {

    /**
     * Keeps unmodifiable copies of the maps in their given order, so the composition does not
     * change when the caller's maps do.
     *
     * @throws dev.kefu.core.validation.PolicyInputException if a field, key or value is null
     */
    public Composition {
        Violations v = Violations.create();
        v.requireNonNull(totalSales, "totalSales", ArchiveRules.ARC_6);
        check(v, salesByGrade, "salesByGrade");
        check(v, volumeByProduct, "volumeByProduct");
        check(v, salesByRegion, "salesByRegion");
        v.throwIfAny();
        salesByGrade = Collections.unmodifiableMap(new LinkedHashMap<>(salesByGrade));
        volumeByProduct = Collections.unmodifiableMap(new LinkedHashMap<>(volumeByProduct));
        salesByRegion = Collections.unmodifiableMap(new LinkedHashMap<>(salesByRegion));
    }

    private static void check(Violations v, Map<?, GroupShare> map, String path) {
        if (v.requireNonNull(map, path, ArchiveRules.ARC_6)) {
            map.forEach((k, g) -> {
                if (k == null || g == null) {
                    v.add(path, "required", ArchiveRules.ARC_6);
                }
            });
        }
    }
}
