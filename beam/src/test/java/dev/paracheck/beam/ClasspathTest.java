package dev.paracheck.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The versions docs/beam.md's dependency probe settled on: those of the CLI's own build wherever Beam and paracheck
 * meet (Maven's mediation alone chose others, which break LanguageTool or Tika), and Beam's vendored gRPC, Netty,
 * protobuf and Guava apart from them.
 */
class ClasspathTest {
    private static final List<String> JARS = Arrays.stream(System.getProperty("java.class.path")
            .split(File.pathSeparator)).map(p -> new File(p).getName()).toList();

    @Test
    void paracheckKeepsTheVersionsItIsBuiltWith() {
        assertThat(JARS).contains("guava-33.3.1-jre.jar", "jackson-core-2.21.3.jar", "jackson-databind-2.21.3.jar",
                "jackson-annotations-2.21.jar", "commons-compress-1.28.0.jar", "commons-lang3-3.20.0.jar",
                "commons-io-2.21.0.jar", "slf4j-api-2.0.18.jar");
        // LanguageTool's protobuf; the Dataflow profile lifts it to its clients' 4.33.2
        assertThat(JARS).filteredOn(j -> j.startsWith("protobuf-java-")).singleElement()
                .isIn("protobuf-java-3.25.8.jar", "protobuf-java-4.33.2.jar");
        assertThat(JARS).noneMatch(j -> j.startsWith("guava-18") || j.startsWith("jackson-annotations-2.15"));
    }

    @Test
    void beamBringsItsOwnGrpcNettyAndGuavaShaded() {
        assertThat(JARS).anyMatch(j -> j.startsWith("beam-vendor-grpc-"))
                .anyMatch(j -> j.startsWith("beam-vendor-guava-"))
                .noneMatch(j -> j.startsWith("netty-") || j.startsWith("grpc-netty-1"));
    }
}
