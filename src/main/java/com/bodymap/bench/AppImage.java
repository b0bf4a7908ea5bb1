package com.bodymap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The packaged app image that {@code mvn -Pdist package} leaves under target/dist (Linux layout). */
final class AppImage {
    private AppImage() {
    }

    /** The app image in a dist folder: the folder holding bin/ and lib/runtime. */
    static Optional<Path> find(Path distFolder) {
        if (!Files.isDirectory(distFolder)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(distFolder)) {
            return s.filter(p -> Files.isDirectory(p.resolve("lib").resolve("runtime"))).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Path launcher(Path image) throws IOException {
        try (Stream<Path> s = Files.list(image.resolve("bin"))) {
            return s.filter(Files::isExecutable).findFirst()
                    .orElseThrow(() -> new IOException("no launcher in " + image.resolve("bin")));
        }
    }

    /** JAVA_VERSION from the packaged runtime's release file. */
    static String javaVersion(Path image) {
        try {
            List<String> lines = Files.readAllLines(image.resolve("lib/runtime/release"));
            return lines.stream().filter(l -> l.startsWith("JAVA_VERSION=")).findFirst()
                    .map(l -> l.substring(13).replace("\"", "")).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    /** A full JDK of the packaged runtime's feature version on this machine, to start the bare window alike. */
    static Optional<Path> jdkLike(Path image) {
        String feature = javaVersion(image).split("[.+]")[0];
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(jvms)) {
            return s.map(p -> p.resolve("bin/java")).filter(Files::isExecutable)
                    .filter(j -> releaseFeature(j.getParent().getParent()).equals(feature))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String releaseFeature(Path jdk) {
        try {
            return Files.readAllLines(jdk.resolve("release")).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                    .findFirst().map(l -> l.substring(13).replace("\"", "").split("[.+]")[0]).orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
