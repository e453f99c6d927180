/**
 * The customer archive (客户档案), rules ARC-1 … ARC-18.
 *
 * <ul>
 *   <li>this package — the archive model: {@link dev.kefu.archive.CustomerArchive} with the
 *       four fact groups of ARC-2, fact sources (ARC-3), contacts and documents (ARC-11),
 *       updates from customer touches (ARC-18), admission after verification (ARC-17);</li>
 *   <li>{@code classification} — classification by industry, nature, region, type (ARC-4);</li>
 *   <li>{@code grading} — thresholds, ABC and RFM grading and grade consequences (ARC-5);</li>
 *   <li>{@code credit} — credit terms and order checks (ARC-7, ARC-17);</li>
 *   <li>{@code composition} — sales, product and regional composition (ARC-6);</li>
 *   <li>{@code custody} — stale archives, lending register, filing catalogue, destruction
 *       (ARC-8, ARC-10, ARC-12, ARC-13);</li>
 *   <li>{@code lifecycle} — management steps, register statistics, tracking sheets
 *       (ARC-14, ARC-15, ARC-16).</li>
 * </ul>
 *
 * <p>ARC-9 (用重于管, use matters more than keeping) is the reason the archive feeds grading,
 * credit, composition and tracking rather than being a store of its own.
 */
package dev.kefu.archive;
