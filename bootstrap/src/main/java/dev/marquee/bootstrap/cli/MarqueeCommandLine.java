package dev.marquee.bootstrap.cli;

import picocli.CommandLine;

/**
 * The command line of the runnable jar. Usage errors (an unknown command or option, a missing
 * argument) print the usage and give exit code 2; {@code --help} prints it and gives 0.
 */
public final class MarqueeCommandLine {

    /** Not an exit code: the server was started and keeps the process alive. */
    public static final int SERVING = Integer.MIN_VALUE;

    private MarqueeCommandLine() {}

    /** Parses and runs {@code args}; {@code serve} starts the server when no command is given. */
    public static int execute(String[] args, CommandEnvironment environment, Runnable serve) {
        CommandLine.IFactory factory =
                new CommandLine.IFactory() {
                    @Override
                    public <K> K create(Class<K> type) throws Exception {
                        if (type == MarqueeCommand.class) {
                            return type.cast(new MarqueeCommand(serve));
                        }
                        if (type == TmdbImportCommand.class) {
                            return type.cast(new TmdbImportCommand(environment));
                        }
                        if (type == MovieLensImportCommand.class) {
                            return type.cast(new MovieLensImportCommand(environment));
                        }
                        if (type == RecommendationsBuildCommand.class) {
                            return type.cast(new RecommendationsBuildCommand(environment));
                        }
                        if (type == RecommendationsEvaluateCommand.class) {
                            return type.cast(new RecommendationsEvaluateCommand(environment));
                        }
                        return CommandLine.defaultFactory().create(type);
                    }
                };
        CommandLine commandLine =
                new CommandLine(MarqueeCommand.class, factory)
                        .setOut(new java.io.PrintWriter(environment.out(), true))
                        .setErr(new java.io.PrintWriter(environment.err(), true));
        commandLine.setParameterExceptionHandler(
                (problem, arguments) -> {
                    CommandLine failed = problem.getCommandLine();
                    failed.getErr().println(problem.getMessage());
                    CommandLine.UnmatchedArgumentException.printSuggestions(
                            problem, failed.getErr());
                    failed.usage(failed.getErr());
                    return failed.getCommandSpec().exitCodeOnInvalidInput();
                });
        commandLine.setExecutionExceptionHandler(
                (failure, line, parsed) -> {
                    environment.err().println("marquee: " + failure.getMessage());
                    return ImportRun.FAILED;
                });
        return commandLine.execute(args);
    }
}
