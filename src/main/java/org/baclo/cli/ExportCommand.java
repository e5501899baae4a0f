package org.baclo.cli;

import picocli.CommandLine.Command;

/**
 * {@code baclo export fhir}: plans made on the command line in the standard of the field.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a plan file in an exchange format (FHIR R4).", subcommands = { ExportFhirCommand.class })
final class ExportCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give a subcommand: fhir");
    }

}
