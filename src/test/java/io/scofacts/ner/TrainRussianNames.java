package io.scofacts.ner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scofacts.core.extract.NameCandidate;
import io.scofacts.core.extract.ner.NameModel;
import io.scofacts.core.extract.ner.NameTagger;
import io.scofacts.core.factsheet.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/train-ru-ner}: trains the Russian name tagger on factRuEval-2016's devset, or
 * cross-validates it there. Never run by the test command.
 *
 * <pre>
 * train DEVSET_DIR OUT_MODEL            the shipped model (src/main/resources/ner/ru-names.bin.gz)
 * cv DEVSET_DIR OUT_DIR [FOLDS]         a model per fold (OUT_DIR/fold-K.bin.gz, its held-out
 *                                       documents in OUT_DIR/fold-K/) and the bare tagger's
 *                                       names on the held-out documents (OUT_DIR/tagger/*.json)
 * tag MODEL IN_DIR OUT_DIR              the bare tagger's names on IN_DIR's documents
 * </pre>
 *
 * Settings (system properties): {@code epochs} (default {@value #EPOCHS}), {@code prune}
 * (default {@value #PRUNE}), {@code seed}.
 */
public final class TrainRussianNames {

    static final int EPOCHS = 10;
    static final float PRUNE = 0.05f;

    private TrainRussianNames() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("train")) {
            List<FactRuEvalDocument> documents = FactRuEvalDocument.readAll(Path.of(args[1]));
            train(documents, Path.of(args[2]));
        } else if (args.length >= 3 && args[0].equals("cv")) {
            crossValidate(FactRuEvalDocument.readAll(Path.of(args[1])), Path.of(args[2]),
                    args.length > 3 ? Integer.parseInt(args[3]) : 5);
        } else if (args.length == 4 && args[0].equals("tag")) {
            NameModel model;
            try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
                model = NameModel.read(in);
            }
            writeTagged(new NameTagger(model), FactRuEvalDocument.readAll(Path.of(args[2])), Path.of(args[3]));
        } else {
            System.err.println("usage: bin/train-ru-ner train DEVSET_DIR OUT_MODEL | cv DEVSET_DIR OUT_DIR [FOLDS]"
                    + " | tag MODEL IN_DIR OUT_DIR");
            System.exit(2);
        }
    }

    static NameModel train(List<FactRuEvalDocument> documents, Path out) throws IOException {
        TrainingStories stories = new TrainingStories();
        List<TrainingStories.Story> training = new ArrayList<>();
        documents.forEach(d -> training.add(stories.story(d)));
        List<PerceptronTrainer.Sentence> sentences = TrainingStories.sentences(training);
        PerceptronTrainer trainer = new PerceptronTrainer();
        int epochs = Integer.getInteger("epochs", EPOCHS);
        float prune = Float.parseFloat(System.getProperty("prune", Float.toString(PRUNE)));
        long started = System.nanoTime();
        trainer.train(sentences, epochs, Long.getLong("seed", 20160229L));
        Map<Long, float[]> weights = trainer.averagedFeatures(prune);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            NameModel.write(os, weights, trainer.averagedTransitions());
        }
        System.err.printf("trained on %d documents, %d sentences, %d epochs in %.1f s: %d features kept, %d bytes%n",
                documents.size(), sentences.size(), epochs, (System.nanoTime() - started) / 1e9, weights.size(),
                Files.size(out));
        try (InputStream in = Files.newInputStream(out)) {
            return NameModel.read(in);
        }
    }

    private static void crossValidate(List<FactRuEvalDocument> documents, Path outDir, int folds) throws IOException {
        for (int k = 0; k < folds; k++) {
            List<FactRuEvalDocument> training = new ArrayList<>();
            List<FactRuEvalDocument> heldOut = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                (i % folds == k ? heldOut : training).add(documents.get(i));
            }
            NameModel model = train(training, outDir.resolve("fold-" + k + ".bin.gz"));
            Path foldDir = outDir.resolve("fold-" + k);
            Files.createDirectories(foldDir);
            for (FactRuEvalDocument d : heldOut) {
                Files.writeString(foldDir.resolve(d.name() + ".txt"), d.text());
            }
            writeTagged(new NameTagger(model), heldOut, outDir.resolve("tagger"));
        }
    }

    /** The bare tagger's names as FactSheet-shaped JSON (people, organizations, places), one item per mention. */
    private static void writeTagged(NameTagger tagger, List<FactRuEvalDocument> documents, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        ObjectMapper json = new ObjectMapper();
        TrainingStories stories = new TrainingStories();
        for (FactRuEvalDocument d : documents) {
            TrainingStories.Story story = stories.story(d);
            ObjectNode sheet = json.createObjectNode();
            sheet.put("language", "ru");
            ArrayNode people = sheet.putArray("people");
            ArrayNode organizations = sheet.putArray("organizations");
            ArrayNode places = sheet.putArray("places");
            sheet.putArray("countries");
            for (NameTagger.TaggedName name : tagger.tag(story.features())) {
                Span span = story.view().originalSpan(name.start(), name.end());
                ArrayNode into = name.kind() == NameCandidate.Kind.PERSON ? people
                        : name.kind() == NameCandidate.Kind.ORGANIZATION ? organizations : places;
                ObjectNode item = into.addObject();
                item.put("name", d.text().substring(span.start(), span.end()));
                item.putArray("mentions").addArray().add(span.start()).add(span.end());
            }
            json.writerWithDefaultPrettyPrinter().writeValue(outDir.resolve(d.name() + ".json").toFile(), sheet);
        }
    }
}
