package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.Rating;
import com.bodymap.model.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    @TempDir
    Path dir;

    private ContentRepository load(String fixture) throws Exception {
        return new ContentLoader().load(ContentSource.folder(ContentFixtures.folder(dir, fixture)));
    }

    private List<ContentProblem> problems(String fixture) throws IOException {
        ContentFixtures.folder(dir, fixture);
        ContentException e = assertThrows(ContentException.class,
                () -> new ContentLoader().load(ContentSource.folder(dir)));
        return e.problems();
    }

    private static ContentProblem only(List<ContentProblem> problems) {
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    @Test
    void loadsValidContentIntoRecords() throws Exception {
        ContentRepository c = load("valid");
        assertEquals(2, c.regions().size());
        assertEquals(Rating.AVOID, c.region("lumbar-spine").orElseThrow().rating());
        assertEquals(List.of("quad-roll"), c.region("quadriceps").orElseThrow().techniques());
        assertEquals(60, c.technique("quad-roll").orElseThrow().dose().seconds());
        assertEquals(3, c.parts().size(), "a bilateral region gives two parts, a midline one gives one");
        assertEquals(Side.LEFT, c.part("quadriceps-left").orElseThrow().side());
        assertTrue(c.part("quadriceps").isEmpty(), "a bilateral region has no midline part");
        assertTrue(c.part("lumbar-spine-left").isEmpty(), "a midline region has no left part");
    }

    /** The app's own reasoning is never shown as checked against a source, nor given an address. */
    @Test
    void ownJudgementCannotClaimToBeChecked() throws Exception {
        List<ContentProblem> found = problems("own-judgement-checked");
        assertEquals(List.of("$[2].verified", "$[2].checkedAgainst", "$[2].url"),
                found.stream().map(ContentProblem::location).toList(), found.toString());
        assertTrue(found.stream().allMatch(p -> p.file().endsWith("sources.json")), found.toString());
        assertTrue(found.get(0).message().contains("own judgement"), found.get(0).message());
    }

    @Test
    void duplicateIdIsReportedWithFileAndPath() throws Exception {
        ContentProblem p = only(problems("duplicate-id"));
        assertTrue(p.file().endsWith("regions.json"), p.toString());
        assertEquals("$[2].id", p.location());
        assertTrue(p.message().contains("duplicate region id 'lumbar-spine'"), p.message());
    }

    @Test
    void referenceToMissingTechniqueIsReported() throws Exception {
        ContentProblem p = only(problems("missing-reference"));
        assertEquals("$[0].techniques[1]", p.location());
        assertTrue(p.message().contains("technique 'no-such-card', which does not exist"), p.message());
    }

    @Test
    void missingRatingIsReported() throws Exception {
        ContentProblem p = only(problems("missing-rating"));
        assertEquals("$[1].rating", p.location());
        assertTrue(p.message().startsWith("missing rating"), p.message());
    }

    @Test
    void missingNameIsReported() throws Exception {
        ContentProblem p = only(problems("missing-name"));
        assertEquals("$[0].name", p.location());
        assertEquals("missing name", p.message());
    }

    @Test
    void unknownFieldIsReportedWithLine() throws Exception {
        ContentProblem p = only(problems("unknown-field"));
        assertTrue(p.message().contains("unknown field 'colour'"), p.message());
        assertTrue(p.location().startsWith("line "), p.location());
        assertTrue(p.location().contains("$[1]"), p.location());
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() throws Exception {
        ContentProblem p = only(problems("malformed"));
        assertTrue(p.file().endsWith("sources.json"), p.file());
        assertTrue(p.location().startsWith("line 3"), p.location());
        assertTrue(p.message().startsWith("malformed JSON"), p.message());
    }

    @Test
    void unknownRatingWordIsExplained() throws Exception {
        ContentProblem p = only(problems("bad-enum"));
        assertTrue(p.message().contains("unknown rating 'purple'"), p.message());
        assertTrue(p.location().contains("$[1].rating"), p.location());
    }

    @Test
    void placeholderTextIsRejected() throws Exception {
        ContentProblem p = only(problems("placeholder"));
        assertEquals("$[0].summary", p.location());
        assertTrue(p.message().startsWith("placeholder text"), p.message());
    }

    @Test
    void missingFileIsNamed() throws Exception {
        ContentFixtures.folder(dir, "valid");
        Files.delete(dir.resolve("safety.json"));
        ContentException e = assertThrows(ContentException.class, () -> new ContentLoader().load(ContentSource.folder(dir)));
        ContentProblem p = only(e.problems());
        assertTrue(p.file().endsWith("safety.json"));
        assertEquals("the file is missing", p.message());
    }

    @Test
    void problemsInSeveralFilesAreAllReported() throws Exception {
        ContentFixtures.folder(dir, "unknown-field");
        Files.writeString(dir.resolve("techniques.json"), "[ {");
        ContentException e = assertThrows(ContentException.class, () -> new ContentLoader().load(ContentSource.folder(dir)));
        assertEquals(2, e.problems().size(), e.problems().toString());
    }
}
