/** Custom factor tables: from CSV and JSON files, and as a class-path plug-in found through ServiceLoader. */
package org.carbonledger.examples.custom;
