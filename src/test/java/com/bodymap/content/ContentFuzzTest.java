package com.bodymap.content;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;

/**
 * Any bytes as any content, figure or checks file give valid content or the loaders' own plain
 * problems; never another exception, a hang or unbounded memory (issue 13). The first byte of an
 * input picks the file ({@link ContentOracle#SLOTS}), the rest are its bytes.
 *
 * <p>In {@code mvn verify} this runs in regression mode: every input under
 * {@code src/test/resources/com/bodymap/content/ContentFuzzTestInputs/anyContentFile/} once (the
 * seeds, and what earlier fuzzing found). {@code JAZZER_FUZZ=1} makes it fuzz for the duration
 * below; see the README. An input that takes longer than a minute is a finding (a hang); the margin is for a loaded machine.
 */
class ContentFuzzTest {
    private static final ContentOracle ORACLE = new ContentOracle();

    @FuzzTest(maxDuration = "15m")
    void anyContentFile(byte[] input) {
        ORACLE.judgeWithin(input, Duration.ofSeconds(60));
    }
}
