package dev.paracheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code bin/paracheck}: which JVM flags it starts Java with, seen through a stand-in {@code java} on the PATH. */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("bin", "paracheck");

    @TempDir
    Path dir;

    @Test
    void aSmallCheckRunsOnTheC1CompilerAloneALargeOneOnBoth() throws Exception {
        Path small = file("small.en.txt", 1_000);
        Path large = file("large.de.txt", 8_000_000);

        assertThat(javaArgs("check", small.toString(), small.toString())).contains("-XX:TieredStopAtLevel=1");
        assertThat(javaArgs("check", "--no-grammar", small.toString(), large.toString()))
                .doesNotContain("-XX:TieredStopAtLevel=1").contains("-jar", "check", large.toString());
        // an option's value is no input, however large
        assertThat(javaArgs("check", "--glossary", large.toString(), small.toString(), small.toString()))
                .contains("-XX:TieredStopAtLevel=1");
        assertThat(javaArgs("check", "--glossary=" + large, small.toString(), small.toString()))
                .contains("-XX:TieredStopAtLevel=1");
        // aligning alone gains nothing from the second compiler
        assertThat(javaArgs("align", large.toString(), large.toString(), "--segmented"))
                .contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void aDirectoryCountsWhatItHolds() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("en"));
        Files.write(tree.resolve("page.md"), new byte[8_100_000]);

        assertThat(javaArgs("check", tree.toString(), tree.toString())).doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(javaArgs("check", dir.resolve("missing").toString())).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void theLauncherKnowsEveryOptionThatTakesAValue() throws IOException {
        Set<String> withValue = new TreeSet<>();
        CommandLine top = Main.commandLine();
        List<CommandLine> commands = new ArrayList<>(List.of(top));
        commands.addAll(top.getSubcommands().values());
        for (CommandLine c : commands) {
            for (OptionSpec o : c.getCommandSpec().options()) {
                if (o.arity().max() > 0) {
                    for (String name : o.names()) {
                        withValue.add(name);
                    }
                }
            }
        }
        Matcher m = Pattern.compile("(?m)^ +(--[a-z-]+(\\|\\\\?\\s*--[a-z-]+)*)\\)").matcher(
                Files.readString(LAUNCHER).replace("\\\n", ""));
        assertThat(m.find()).isTrue();
        Set<String> listed = new TreeSet<>(List.of(m.group(1).replaceAll("\\s+", "").split("\\|")));

        assertThat(listed).isEqualTo(withValue);
    }

    private Path file(String name, long size) throws IOException {
        Path p = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
        }
        return p;
    }

    /** The arguments the launcher gives {@code java} (a stand-in that prints them, one a line). */
    private List<String> javaArgs(String... args) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("fake-bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().remove("PARACHECK_JAVA_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        return out.lines().toList();
    }
}
