/**
 * Spreadsheets in and out, the way municipal offices work: the data-entry workbook ({@link eu.strateg.spreadsheet.DataEntryWorkbook}:
 * one row per indicator and period still to fill, read back into observations) and the strategy workbook
 * ({@link eu.strateg.spreadsheet.StrategyWorkbook}: a strategy drafted in Excel or LibreOffice). Every problem names its
 * sheet and cell ({@code Hodnoty!D17: …}); a workbook with any problem yields nothing. An adapter of the core: it knows
 * no other adapter.
 */
package eu.strateg.spreadsheet;
