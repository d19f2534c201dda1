/**
 * Users' own factor tables, read from CSV or JSON (docs/design.md §4, "Users' tables"), validated row
 * by row with errors that name the file, row, column and value.
 */
package org.carbonledger.factors.user;
