package com.bodymap.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opens the results file for reading. Every read of it goes through here, so a test can stand in
 * for a file the system refuses to open (as root, a test cannot make a real one).
 */
@FunctionalInterface
interface FileReads {
    FileChannel open(Path file) throws IOException;

    static FileReads plain() {
        return file -> FileChannel.open(file, StandardOpenOption.READ);
    }
}
