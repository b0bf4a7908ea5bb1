package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fuzz test's seeds are valid content, so mutations start from files that reach every check;
 * a seed the loaders refuse (after a format change) would leave the validator mostly unexplored.
 */
class FuzzSeedsTest {
    private final ContentOracle oracle = new ContentOracle();

    @ParameterizedTest
    @ValueSource(strings = {"regions", "techniques", "sources", "safety", "figure-front", "figure-back", "checks"})
    void everySeedIsAccepted(String name) throws IOException {
        try (InputStream in = FuzzSeedsTest.class.getResourceAsStream("ContentFuzzTestInputs/anyContentFile/seed-valid-" + name)) {
            assertEquals(ContentOracle.Outcome.ACCEPTED, oracle.judge(in.readAllBytes()), name);
        }
    }
}
