package org.carbonledger.cli.energy;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options both energy commands take to fit a baseline, and where their result goes (a picocli
 * mixin, so that the two commands spell and document them once).
 */
final class BaselineOptions {
    @Option(names = "--energy", required = true, paramLabel = "COLUMN", description = "The energy column.")
    String energy;

    @Option(names = "--variables", required = true, split = ",", paramLabel = "COL",
            description = "Relevant variables (production, degree days ...).")
    List<String> variables;

    @Option(names = "--model", defaultValue = "ols", paramLabel = "ols|3p-heating|3p-cooling|5p",
            description = "Model form (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--temperature", paramLabel = "COLUMN",
            description = "Temperature column of a change-point model.")
    String temperature;

    @Option(names = "--max-cv-rmse", defaultValue = "0.15", paramLabel = "FRACTION",
            description = "ASHRAE 14 CV(RMSE) threshold (default: ${DEFAULT-VALUE}, monthly data).")
    double maxCvRmse;

    @Option(names = "--max-nmbe", defaultValue = "0.05", paramLabel = "FRACTION",
            description = "ASHRAE 14 |NMBE| threshold (default: ${DEFAULT-VALUE}, monthly data).")
    double maxNmbe;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|csv",
            description = "Result format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;
}
