package dev.hearth.tools.emotion;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import dev.hearth.core.understand.emotion.FeatureBuffer;
import dev.hearth.core.understand.emotion.TextFeaturizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The training examples featurized as the runtime featurizes them, in liblinear's sparse form: columns
 * are the feature keys seen in at least {@code minDocuments} examples (1-based, in key order), and every
 * row ends with a constant bias column. Rarer features still count in each row's normalisation, exactly
 * as at run time, but get no column (and so no weight).
 */
final class TrainingMatrix {
    final int[] columnKeys;
    final int[] columnDocuments;
    final Feature[][] rows;

    private TrainingMatrix(int[] columnKeys, int[] columnDocuments, Feature[][] rows) {
        this.columnKeys = columnKeys;
        this.columnDocuments = columnDocuments;
        this.rows = rows;
    }

    /** Columns, without the bias column. */
    int columns() {
        return columnKeys.length;
    }

    static TrainingMatrix build(List<GoEmotionsData.Example> examples, TextFeaturizer featurizer,
            int minDocuments) {
        FeatureBuffer buffer = new FeatureBuffer();
        int[][] keys = new int[examples.size()][];
        float[][] values = new float[examples.size()][];
        Map<Integer, int[]> documents = new HashMap<>();
        for (int e = 0; e < examples.size(); e++) {
            featurizer.featurize(examples.get(e).text(), buffer);
            int n = buffer.size();
            int[] k = new int[n];
            float[] v = new float[n];
            for (int i = 0; i < n; i++) {
                k[i] = buffer.key(i);
                v[i] = buffer.value(i);
            }
            keys[e] = k;
            values[e] = v;
            // A key may repeat when the two blocks collide; count it once per document.
            int[] distinct = Arrays.stream(k).distinct().toArray();
            for (int key : distinct) {
                documents.computeIfAbsent(key, x -> new int[1])[0]++;
            }
        }
        int[] kept = documents.entrySet().stream()
                .filter(entry -> entry.getValue()[0] >= minDocuments)
                .mapToInt(Map.Entry::getKey)
                .sorted()
                .toArray();
        int[] keptDocuments = new int[kept.length];
        Map<Integer, Integer> column = new HashMap<>(kept.length * 2);
        for (int c = 0; c < kept.length; c++) {
            column.put(kept[c], c + 1);
            keptDocuments[c] = documents.get(kept[c])[0];
        }
        FeatureNode bias = new FeatureNode(kept.length + 1, 1.0);
        Feature[][] rows = new Feature[examples.size()][];
        for (int e = 0; e < examples.size(); e++) {
            // Merge colliding keys, drop the ones without a column, sort by column.
            Map<Integer, Double> merged = new HashMap<>();
            for (int i = 0; i < keys[e].length; i++) {
                Integer c = column.get(keys[e][i]);
                if (c != null) {
                    merged.merge(c, (double) values[e][i], Double::sum);
                }
            }
            int[] columns = merged.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            Feature[] row = new Feature[columns.length + 1];
            for (int i = 0; i < columns.length; i++) {
                row[i] = new FeatureNode(columns[i], merged.get(columns[i]));
            }
            row[columns.length] = bias;
            rows[e] = row;
        }
        return new TrainingMatrix(kept, keptDocuments, rows);
    }
}
