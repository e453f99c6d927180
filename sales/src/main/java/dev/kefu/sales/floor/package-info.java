/**
 * The real-estate sales floor beyond attribution (EST-1 … EST-15, S1 part 8): standby at the
 * reception desk ({@link dev.kefu.sales.floor.Standby}), provoked disputes
 * ({@link dev.kefu.sales.floor.DisputeSanctions}), daily reporting
 * ({@link dev.kefu.sales.floor.DailyReporting}), unit exchange
 * ({@link dev.kefu.sales.floor.UnitExchangePolicy}), renaming
 * ({@link dev.kefu.sales.floor.RenamePolicy}), payment default
 * ({@link dev.kefu.sales.floor.PaymentDefaultPolicy}), refunds
 * ({@link dev.kefu.sales.floor.RefundPolicy}), money only through finance and private collection
 * ({@link dev.kefu.sales.floor.FloorCash}), the sales-control board
 * ({@link dev.kefu.sales.floor.SalesControlBoard}), deposit paperwork
 * ({@link dev.kefu.sales.floor.SubscriptionPaperwork}), controlled forms
 * ({@link dev.kefu.sales.floor.ControlledForms}), registers
 * ({@link dev.kefu.sales.floor.Registers}) and plan sheets ({@link dev.kefu.sales.floor.PlanSheets}).
 * Rule IDs are the constants of {@link dev.kefu.sales.floor.SalesFloorRules}.
 */
package dev.kefu.sales.floor;
