package org.baclo.cli;

import picocli.CommandLine.Option;

/**
 * {@code --format text|json}, for the commands that print a plan or a result either way.
 */
final class FormatOption {

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat value;

}
