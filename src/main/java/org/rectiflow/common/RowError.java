package org.rectiflow.common;

/**
 * One reason why a row of an uploaded spreadsheet was refused.
 *
 * @param row the row number as Excel shows it (the header is row 1)
 * @param column the column heading, as in the file
 * @param reason what is wrong and how to fix it, in Chinese and English
 */
public record RowError(int row, String column, String reason) {

}
