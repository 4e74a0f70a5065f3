package io.github.vanban.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A rough look that a busy machine does not spoil: runs each stage on the dev corpus (or on the named
 * adversarial inputs) and counts the CPU time of its own thread, not the wall-clock time JMH counts. No
 * substitute for the JMH figures; a way to see where a change goes while other processes share the cores.
 *
 * <pre>java -cp benchmarks.jar io.github.vanban.bench.CpuTime [dev|report|adversarial|SIZE,SIZE...] [seconds] [STAGE,STAGE...]</pre>
 */
public final class CpuTime {

    private CpuTime() {
    }

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "dev";
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 2;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> names = new ArrayList<>();
        List<Workload> works = new ArrayList<>();
        List<Stage> stages = new ArrayList<>(Arrays.asList(Stage.values()));
        if (args.length > 2) {
            stages = new ArrayList<>();
            for (String s : args[2].split(",")) {
                stages.add(Stage.of(s));
            }
        }
        if (what.equals("adversarial")) {
            for (String input : System.getProperty("inputs", String.join(",", Inputs.ADVERSARIAL)).split(",")) {
                names.add(input);
                works.add(Inputs.adversarial(input));
            }
        } else if (what.equals("dev") || what.equals("report")) {
            names.add(what);
            works.add(Inputs.corpus(what));
        } else {
            for (String size : what.split(",")) {
                names.add(size);
                works.add(Inputs.sized(size));
            }
        }
        System.out.println(String.format(Locale.ROOT, "%-18s %-10s %9s %9s", "input", "stage", "MB/s cpu", "ns/byte"));
        for (int w = 0; w < works.size(); w++) {
            Workload work = works.get(w);
            for (Stage stage : stages) {
                Stage.Runner runner = stage.runner(work);
                long sink = 0;
                // warm up for a third of the time, then measure
                for (int phase = 0; phase < 2; phase++) {
                    long budget = (long) (seconds * 1e9 / (phase == 0 ? 3 : 1));
                    long start = threads.getCurrentThreadCpuTime();
                    long ops = 0;
                    while (threads.getCurrentThreadCpuTime() - start < budget) {
                        for (int i = 0; i < runner.size(); i++) {
                            sink += System.identityHashCode(runner.run(i)) & 1;
                        }
                        ops++;
                    }
                    if (phase == 1) {
                        double cpu = (threads.getCurrentThreadCpuTime() - start) / 1e9;
                        double bytes = (double) work.totalBytes() * ops;
                        System.out.println(String.format(Locale.ROOT, "%-18s %-10s %9.1f %9.2f%s", names.get(w),
                                stage.label(), bytes / Inputs.MB / cpu, cpu * 1e9 / bytes, sink < 0 ? "!" : ""));
                    }
                }
            }
        }
    }
}
