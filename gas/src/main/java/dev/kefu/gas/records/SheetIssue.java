package dev.kefu.gas.records;

/**
 * One finding on one sheet (MTR-8).
 *
 * @param sheetNumber  the sheet
 * @param finding  what is wrong
 */
public record SheetIssue(String sheetNumber, SheetFinding finding) {
}
