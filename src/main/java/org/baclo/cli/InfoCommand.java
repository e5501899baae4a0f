package org.baclo.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.baclo.education.Topic;
import org.baclo.education.Topics;
import org.baclo.knowledge.Knowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baclo info [topic]}: the monograph, readable or as JSON, with sources. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print a topic of the baclofen monograph with its sources.")
final class InfoCommand implements Callable<Integer> {

    private final CliContext cli;

    InfoCommand(CliContext cli) {
        this.cli = cli;
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TOPIC",
            description = "overview, dosing, side-effects, interactions, precautions, withdrawal, pk, products,"
                    + " itb, alternatives, faq")
    String topic;

    @Option(names = "--list", description = "List the topics.")
    boolean list;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Knowledge k = cli.knowledge();
        Topics topics = new Topics(k);
        PrintWriter out = spec.commandLine().getOut();
        if (list || topic == null) {
            if (format.value == OutputFormat.json) {
                out.println(Json.write(topics.ids()));
            }
            else {
                out.println("Topics: " + String.join(", ", topics.ids()));
                out.println("Usage: baclo info TOPIC [--format text|json]");
            }
            return ExitCode.OK;
        }
        Topic t = topics.topic(topic)
            .orElseThrow(() -> new BadInputException(
                    "Unknown topic '" + topic + "'. Topics: " + String.join(", ", topics.ids()) + "."));
        out.print(format.value == OutputFormat.json ? Json.write(TopicRenderer.json(t, k)) + "\n"
                : TopicRenderer.text(t, k));
        out.flush();
        return ExitCode.OK;
    }

}
