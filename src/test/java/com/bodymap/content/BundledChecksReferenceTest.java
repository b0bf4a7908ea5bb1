package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every region, technique card and source the bundled checks name exists in the bundled content.
 * The content is written in parallel: until assets/content lands in the build this test is skipped
 * (not passed), and from then on it keeps the two in step.
 */
class BundledChecksReferenceTest {

    @Test
    void everyIdTheChecksNameExistsInTheBundledContent() throws ContentException {
        assumeTrue(CheckLoader.class.getResource("/assets/content/" + ContentLoader.REGIONS) != null,
                "the bundled content is not in this build yet");
        ContentRepository content = new ContentLoader().load(ContentSource.bundled());
        List<ContentProblem> missing = CheckLoader.missingReferences(new CheckLoader().loadBundled(), content);
        assertEquals(List.of(), missing);
    }
}
