package org.baclo.cli;

/** The CLI's exit codes: a contract other tools rely on. */
public final class ExitCode {

    /** Success; no CRITICAL finding. */
    public static final int OK = 0;

    /**
     * Unexpected internal failure or a broken installation (e.g. an invalid knowledge
     * file).
     */
    public static final int INTERNAL = 1;

    /** Bad input: a message names the field and what is allowed; nothing is written. */
    public static final int BAD_INPUT = 2;

    /** The plan or record has at least one CRITICAL finding. */
    public static final int CRITICAL_FINDING = 3;

    private ExitCode() {
    }

}
