package org.baclo.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * The picocli factory of the composition root: a command or mixin with a
 * {@code (CliContext)} constructor gets the run's {@link CliContext}; anything else is
 * made by picocli's default factory.
 */
final class CliFactory implements CommandLine.IFactory {

    private final CliContext context;

    CliFactory(CliContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        Constructor<K> withContext;
        try {
            withContext = cls.getDeclaredConstructor(CliContext.class);
        }
        catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(cls);
        }
        withContext.setAccessible(true);
        return withContext.newInstance(context);
    }

}
