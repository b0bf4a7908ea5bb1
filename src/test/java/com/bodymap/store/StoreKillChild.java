package com.bodymap.store;

import com.bodymap.files.AtomicFileWriter;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonRun;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The process {@link StoreKillTest} kills: saves runs in a loop on the folder it is given, and
 * after each save returns prints "saved ID", so the test knows exactly what was reported done
 * before the kill. It also deletes some runs, printing "deleting ID" before and "deleted ID" after:
 * a run killed mid-deletion may be there or not. A small compaction threshold makes rewrites of
 * the whole file frequent, so kills land in those too.
 */
public final class StoreKillChild {
    private StoreKillChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int compactAfter = Integer.parseInt(args[1]);
        int stopAfter = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        long deadline = System.nanoTime() + 120_000_000_000L;
        Random random = new Random();
        String life = UUID.randomUUID().toString().substring(0, 8);
        ResultsStore store = new ResultsStore(folder, new AtomicFileWriter(), Clock.systemDefaultZone(),
                RunCheck.none(), compactAfter);
        store.load();
        System.out.println("ready");
        List<String> mine = new ArrayList<>();
        // Stops by itself if the test is gone (its pipe closed) or after two minutes, whatever happens.
        for (int i = 0; i < stopAfter && !System.out.checkError() && System.nanoTime() < deadline; i++) {
            String id = life + "-" + i;
            store.saveRun(new ComparisonRun(id, LocalDateTime.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60)), List.of(
                    new CheckResult("knee-to-wall", (double) random.nextInt(300) / 10, (double) random.nextInt(300) / 10),
                    new CheckResult("modified-thomas", (double) random.nextInt(40), null)),
                    "run " + i + " of " + life + ", \"quoted\", caf\u00e9"));
            System.out.println("saved " + id);
            mine.add(id);
            if (i % 5 == 4) {
                String gone = mine.remove(random.nextInt(mine.size()));
                System.out.println("deleting " + gone);
                store.delete(gone);
                System.out.println("deleted " + gone);
            }
        }
    }
}
