/**
 * A strict, streaming reader of RFC 4180 CSV files, shared by every reader in Carbon Ledger.
 *
 * <p>Rows are numbered as records, as in a spreadsheet: the header is row 1 and a quoted field
 * that spans lines is still one row. Files are UTF-8, with or without a byte-order mark, with
 * CRLF or LF line ends. Only the comma is accepted as a delimiter; a file that looks as if it
 * uses another one is refused, never guessed. Fields and records are bounded in size, never the
 * number of rows.
 */
package org.carbonledger.csv;
