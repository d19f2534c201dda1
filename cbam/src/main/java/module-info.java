/**
 * The EU CBAM specific embedded emissions of goods ({@link org.carbonledger.cbam}): the
 * Commission's communication template read and calculated, an installation built from a ledger,
 * and the default values of Implementing Regulation (EU) 2025/2621 with their mark-ups.
 */
module org.carbonledger.cbam {
    requires transitive org.carbonledger.core;
    requires transitive org.apache.poi.poi; // TemplateReader.read takes a POI Workbook
    requires org.apache.poi.ooxml;

    exports org.carbonledger.cbam;
}
