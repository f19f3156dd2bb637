package dev.marquee.bootstrap.wiring;

import dev.marquee.domain.recommendation.ModelBuildTooLargeException;

/**
 * What an operator runs instead of a build refused for its size: the command line of a process
 * whose build budget, three quarters of its heap (see {@code ApplicationServicesFactory}), would
 * fit it.
 */
public final class ModelBuildAdvice {

    private static final long MIB = 1024 * 1024;

    private ModelBuildAdvice() {}

    public static String commandLine(ModelBuildTooLargeException refused) {
        long heapMib = (refused.neededBytes() / 3 * 4) / MIB + 1;
        return "java -Xmx" + heapMib + "m -jar marquee.jar recommendations build";
    }
}
