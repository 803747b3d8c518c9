package io.scofacts.core.extract.project;

import static io.scofacts.core.extract.project.ProjectRecognizerTest.projects;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.ProjectMention;
import io.scofacts.core.extract.TestArticles;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random mixes of the pieces the scans react to must never throw and must give spans inside the text. */
class ProjectRobustnessTest {

    private static final String[] PIECES = {"项目", "平台", "中心", "基地", "产业园", "(", ")", "（天津）", "“", "”", "「", "」",
        "、", ",", "。", "等", "8个", "案例", "入选", "类", "领域", ":", "包括", "与", "合作的", "签约", "上线", "中哈", "乌兹别克斯坦",
        "数字", "ZOOD", " ", "Project", "platform", "Digital", "Silk", "«", "»", "проект", "центр", "\"", "20日", "《", "》", "共建"};

    @Test
    void randomMixesNeverThrowAndKeepSpansInside() {
        Random random = new Random(20250605L);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(60);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String sample = text.toString();
            for (var article : List.of(TestArticles.zh(sample), TestArticles.en(sample), TestArticles.ru(sample))) {
                for (ProjectMention project : projects(article)) {
                    assertTrue(project.span().start() >= 0 && project.span().end() <= sample.length(), sample);
                    assertTrue(!project.name().isBlank(), sample);
                }
            }
        }
    }
}
