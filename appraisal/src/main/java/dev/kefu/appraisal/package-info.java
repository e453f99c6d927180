/**
 * Staff appraisal, rewards and penalties, and the rota (考核、奖惩、排班), rules APR-1 … APR-13:
 * monthly scoring, ranking and bands ({@code scoring}); the reward/penalty ledger with
 * first-offence warnings and the escalation ladder ({@code ledger}); inspection, handover and
 * shift swaps ({@code rota}); training compliance ({@code training}).
 */
package dev.kefu.appraisal;
