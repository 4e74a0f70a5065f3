package io.github.vanban;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.json.DocumentJson;
import io.github.vanban.testing.SharedCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One instance used by many threads at once gives the results of sequential use. */
class ConcurrencyTest {

    @Test
    void manyThreadsSharingOneInstanceGetTheSequentialResults() throws Exception {
        Vanban vanban = Vanban.create();
        List<String> ids = SharedCorpus.devIds();
        List<String> texts = ids.stream().map(SharedCorpus::devText).toList();
        List<String> expected = texts.stream().map(t -> DocumentJson.write(vanban.parse(t), false)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            List<Integer> order = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < texts.size(); i++) {
                    int k = (i * 7 + round * 13) % texts.size();
                    order.add(k);
                    results.add(pool.submit(() -> DocumentJson.write(vanban.parse(texts.get(k)), false)));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(order.get(i)), results.get(i).get(), ids.get(order.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void separateInstancesAgree() {
        String text = SharedCorpus.devText(SharedCorpus.devIds().get(0));
        assertEquals(DocumentJson.write(Vanban.create().parse(text), false),
                DocumentJson.write(Vanban.create().parse(text), false));
    }
}
