package dev.kefu.archive.composition;

import dev.kefu.archive.grading.Grade;
import dev.kefu.core.id.ProductId;
import dev.kefu.core.money.Money;
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
}
