package io.github.vanban.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vanban} command line: {@code parse}, {@code eval}, {@code batch}. */
@Command(name = "vanban", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads administrative Vietnamese text into typed JSON.",
        subcommands = {ParseCommand.class, EvalCommand.class, BatchCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"vanban " + (v == null ? "(development build)" : v)};
        }
    }
}
