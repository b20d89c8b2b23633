package io.github.ormcheck.checker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ormcheck.checker.findings.Finding;
import io.github.ormcheck.checker.findings.FixEdit;
import io.github.ormcheck.checker.findings.FlowStep;
import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.findings.Severity;
import io.github.ormcheck.checker.findings.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReaderTest {
  @Test
  void whatTheWriterWritesReadsBackUnchanged() {
    Path root = Path.of("/work/project");
    SourceRange range = new SourceRange(root.resolve("src/A b.java").toUri(), 3, 2, 4, 9);
    SourceRange outside = new SourceRange(Path.of("/elsewhere/B.java").toUri(), 1, 1, 1, 5);
    List<Finding> findings = new ArrayList<>(List.of(
        new Finding(Rule.QUERY_IN_LOOP, Severity.ERROR, "m\n\"q\"", range, "A#run", false)
            .withFlow(List.of(new FlowStep(range, "the loop"))),
        new Finding(Rule.EAGER_TO_ONE, Severity.WARNING, "e", range, "A#b", true)
            .withFix(List.of(
                new FixEdit(new SourceRange(range.file(), 2, 5, 2, 5), "@EntityGraph(attributePaths = \"c\") "),
                new FixEdit(new SourceRange(range.file(), 1, 1, 1, 1), "import x.EntityGraph;\n"))),
        new Finding(Rule.IMPLICIT_POOL_SIZE, Severity.WARNING, "p", outside, "pool", false).withBaselined(true)));
    findings.sort(Finding.ORDER);
    List<Finding> read = SarifReader.read(new SarifWriter(root, "1").write(findings), root);
    read = new ArrayList<>(read);
    read.sort(Finding.ORDER);
    assertEquals(findings, read);
  }
}
