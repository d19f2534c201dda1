package org.carbonledger.cli.energy;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code carbonledger energy}: energy baselines and savings (see {@link EnergyBaselineCommand}
 * and {@link EnergySavingsCommand}).
 */
@Command(name = "energy", mixinStandardHelpOptions = true,
        description = "Energy performance: regression baselines (ISO 50006, ASHRAE Guideline 14) and savings"
                + " against them (IPMVP avoided energy use, CUSUM, savings uncertainty).",
        subcommands = {EnergyBaselineCommand.class, EnergySavingsCommand.class})
public final class EnergyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Creates the command (picocli instantiates it). */
    public EnergyCommand() {
        // options are injected
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: baseline or savings");
    }
}
