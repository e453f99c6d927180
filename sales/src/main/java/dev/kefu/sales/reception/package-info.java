/**
 * The reception rotation (輪流接待), ATT-1 (amended 2026-11-24) with ATT-4, ATT-5 and ATT-10:
 * {@link dev.kefu.sales.reception.ReceptionRotation}, an immutable value a host stores with
 * {@code state()} and rebuilds with {@code restore(...)}. Only reps out on company business are
 * owed make-up turns. Messages: {@link dev.kefu.sales.reception.ReceptionMessages}.
 */
package dev.kefu.sales.reception;
