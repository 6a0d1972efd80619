package dev.hearth.tools.emotion;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.core.understand.EmotionLabels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ekman's six basic emotions plus {@code neutral}, as GoEmotions' {@code ekman_mapping.json} groups its
 * 27 emotions (Demszky et al., ACL 2020): each label belongs to exactly one of the seven groups.
 *
 * @param names      the groups, in the mapping file's order, then {@code neutral}
 * @param groupOfLabel for each label id of {@link EmotionLabels#ALL}, the index of its group in {@code names}
 */
public record EkmanGroups(List<String> names, int[] groupOfLabel) {

    public EkmanGroups {
        names = List.copyOf(names);
        groupOfLabel = groupOfLabel.clone();
    }

    /** Reads the mapping file. */
    public static EkmanGroups read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the mapping from a stream of JSON: group name to list of label names. */
    public static EkmanGroups read(InputStream in) throws IOException {
        Map<String, List<String>> mapping = new ObjectMapper().readValue(in,
                new TypeReference<LinkedHashMap<String, List<String>>>() { });
        List<String> names = new ArrayList<>(mapping.keySet());
        names.add("neutral");
        int[] groupOf = new int[EmotionLabels.ALL.size()];
        Arrays.fill(groupOf, -1);
        groupOf[EmotionLabels.ALL.indexOf("neutral")] = names.size() - 1;
        int g = 0;
        for (List<String> members : mapping.values()) {
            for (String label : members) {
                int id = EmotionLabels.ALL.indexOf(label);
                if (id < 0) {
                    throw new IOException("the Ekman mapping names an unknown label '" + label + "'");
                }
                groupOf[id] = g;
            }
            g++;
        }
        for (int id = 0; id < groupOf.length; id++) {
            if (groupOf[id] < 0) {
                throw new IOException("the Ekman mapping leaves out '" + EmotionLabels.ALL.get(id) + "'");
            }
        }
        return new EkmanGroups(names, groupOf);
    }

    @Override
    public int[] groupOfLabel() {
        return groupOfLabel.clone();
    }

    /** The index of the group of label id {@code label}. */
    public int groupOf(int label) {
        return groupOfLabel[label];
    }
}
