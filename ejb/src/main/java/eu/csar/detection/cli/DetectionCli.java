package eu.csar.detection.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * Entry point of the runnable jar: {@code hash ...} runs {@link HashCommand}, {@code match ...}
 * runs {@link MatchCommand}, {@code indicators sync ...} runs {@link SyncCommand}. {@link #run} returns the exit status instead of exiting, so that
 * tests can call it in-process.
 */
public final class DetectionCli {

    /** Exit status: every input processed. */
    public static final int OK = 0;
    /** Exit status: some inputs failed (each named on stderr); the others were processed. */
    public static final int SOME_FAILED = 1;
    /** Exit status: wrong usage, nothing processed. */
    public static final int USAGE = 2;

    private DetectionCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command and returns its exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("usage: csar-detection (hash|match|indicators sync) [options] ...");
            err.println(HashCommand.USAGE);
            err.println(MatchCommand.USAGE);
            err.println(SyncCommand.USAGE);
            return USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "hash":
                return new HashCommand(out, err).run(rest);
            case "match":
                return new MatchCommand(out, err).run(rest);
            case "indicators":
                if (rest.length == 0 || !rest[0].equals("sync")) {
                    err.println(SyncCommand.USAGE);
                    return USAGE;
                }
                return new SyncCommand(out, err).run(Arrays.copyOfRange(rest, 1, rest.length));
            default:
                err.println("csar-detection: unknown command '" + args[0] + "' (expected hash, match or indicators)");
                return USAGE;
        }
    }
}
