package io.scofacts.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.NameCandidate;
import io.scofacts.core.extract.ner.NameModel;
import io.scofacts.core.extract.ner.NameTagger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training path end to end on a corpus this test writes in factRuEval's format (sentences
 * of its own): read the layers, train, write the model file, read it back, tag.
 */
class TrainRussianNamesTest {

    @TempDir
    Path corpus;

    @Test
    void aModelTrainedOnTheCorpusFindsItsNamesAgain() throws IOException {
        String[] people = {"Иван Петров", "Ольга Соколова", "Павел Орлов", "Мария Волкова"};
        String[] towns = {"Томске", "Вологде", "Курске", "Пскове"};
        for (int d = 0; d < 12; d++) {
            String person = people[d % people.length];
            String town = towns[(d / 2) % towns.length];
            String text = "Вчера " + person + " выступил в " + town + " перед студентами. Лекция длилась час.";
            writeDocument("book_" + (d + 1), text, List.of(new String[] {"Person", person}, new String[] {"Location", town}));
        }
        List<FactRuEvalDocument> documents = FactRuEvalDocument.readAll(corpus);
        assertEquals(12, documents.size());
        assertEquals(NameCandidate.Kind.PERSON, documents.get(0).names().get(0).kind());

        Path model = corpus.resolve("model.bin.gz");
        TrainRussianNames.train(documents, model);
        NameModel read;
        try (var in = Files.newInputStream(model)) {
            read = NameModel.read(in);
        }
        assertTrue(read.featureCount() > 0);
        TrainingStories.Story story = new TrainingStories().story(documents.get(0));
        List<String> found = new ArrayList<>();
        for (NameTagger.TaggedName name : new NameTagger(read).tag(story.features())) {
            found.add(name.kind() + " " + story.view().text().substring(name.start(), name.end()));
        }
        assertEquals(List.of("PERSON Иван Петров", "LOCATION Томске"), found);
    }

    /** book_N.txt, .spans (one span per name) and .objects in the corpus's layout. */
    private void writeDocument(String name, String text, List<String[]> mentions) throws IOException {
        StringBuilder spans = new StringBuilder();
        StringBuilder objects = new StringBuilder();
        int id = 1;
        for (String[] mention : mentions) {
            int start = text.indexOf(mention[1]);
            spans.append(id).append(" name ").append(start).append(' ').append(mention[1].length())
                    .append(" 0 1  # 0 ").append(mention[1].replace(' ', '_')).append('\n');
            objects.append(100 + id).append(' ').append(mention[0]).append(' ').append(id).append(" # ")
                    .append(mention[1]).append('\n');
            id++;
        }
        Files.writeString(corpus.resolve(name + ".txt"), text);
        Files.writeString(corpus.resolve(name + ".spans"), spans);
        Files.writeString(corpus.resolve(name + ".objects"), objects);
    }
}
