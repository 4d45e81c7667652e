package io.primaryinterop.mpi.service.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.primaryinterop.mpi.core.io.ReadOptions;
import io.primaryinterop.mpi.core.linker.InputFormat;
import io.primaryinterop.mpi.core.record.PatientRecord;
import io.primaryinterop.mpi.service.application.IngestService;
import io.primaryinterop.mpi.service.domain.MpiException;
import io.primaryinterop.mpi.service.domain.RecordFields;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code loadtest}: a load generator for the service. Over HTTP it posts records at a fixed rate (an open
 * model: each request's latency is measured from the moment it was due, so a slow server cannot hide its
 * queueing); in-process it times read-only matches against the store. Prints p50/p99/max and errors.
 */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = {"Posts the records of a file to POST /api/v1/records at a fixed rate and reports latency "
                + "(p50, p90, p99, max) and errors; or, with --in-process, times read-only matches against the "
                + "configured store without HTTP."})
public final class LoadTestCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, description = "records to send (canonical patient CSV or FEBRL)")
    Path input;

    @Option(names = "--format", defaultValue = "patient", description = "patient or febrl; default ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--source", defaultValue = "LOADTEST", description = "source for rows without one; default ${DEFAULT-VALUE}")
    String source;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "service base URL; default ${DEFAULT-VALUE}")
    String url;

    @Option(names = "--rate", defaultValue = "200", description = "requests per second; default ${DEFAULT-VALUE}")
    int rate;

    @Option(names = "--duration", defaultValue = "60", description = "seconds to run; default ${DEFAULT-VALUE}")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5",
            description = "seconds at the same rate before measuring (--in-process: rate x seconds probes); default ${DEFAULT-VALUE}")
    int warmup;

    @Option(names = "--connections", defaultValue = "16",
            description = "HTTP keep-alive connections, one sending thread each (more than ever wait at once); default ${DEFAULT-VALUE}")
    int connections;

    @Mixin
    GatewayToken gatewayToken;

    @Option(names = "--in-process", description = "time IngestService.match in this JVM against the store instead of HTTP")
    boolean inProcess;

    private String authorization;

    @Override
    public Integer call() throws Exception {
        URI target = null;
        if (!inProcess) {
            try {
                target = KeepAliveConnection.plainHttp(URI.create(url + "/api/v1/records"));
            } catch (IllegalArgumentException e) {
                System.err.println("loadtest: --url: " + e.getMessage());
                return 2;
            }
        }
        List<RecordFields> records = read();
        if (records.isEmpty()) {
            System.err.println("loadtest: no records in " + input);
            return 1;
        }
        return inProcess ? matchInProcess(records) : overHttp(target, records);
    }

    private int overHttp(URI target, List<RecordFields> records) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<byte[]> bodies = new ArrayList<>(records.size());
        for (RecordFields r : records) {
            bodies.add(json.writeValueAsBytes(asJson(r)));
        }
        authorization = gatewayToken.authorization("loadtest", Duration.ofSeconds(warmup + seconds).plusHours(1));
        run(target, bodies, 0, warmup, null);
        int total = rate * seconds;
        Tally tally = new Tally(total);
        long started = System.nanoTime();
        long cpuBefore = processCpuNanos();
        run(target, bodies, rate * warmup, seconds, tally);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long generatorCpu = processCpuNanos() - cpuBefore;
        report("HTTP POST /api/v1/records", tally.latencies, total, tally.errors.get(), elapsed);
        System.out.printf("sent %d at %.1f/s (target %d/s); generator late by at most %.2f ms%n", total,
                (total - 1) / Math.max(1e-9, tally.sendSpanNanos / 1e9), rate, tally.maxSendLagNanos / 1e6);
        System.out.printf("rejected as bad input (4xx, counted apart from errors): %d%n", tally.rejected.get());
        System.out.printf("slowest seconds (from the start of the measured run): %s%n", slowestSeconds(tally.latencies, 3));
        System.out.printf("decisions: %s%n", new TreeMap<>(tally.decisions));
        System.out.printf("load generator CPU during the measured run: %.2f s (%.3f ms per request)%n", generatorCpu / 1e9,
                generatorCpu / 1e6 / total);
        return 0;
    }

    /**
     * The {@code n} seconds of the run whose slowest request was slowest, as "second: max ms": request i was due
     * i / rate seconds after the start, so a stall of the server shows as the seconds it hit (to find it in a GC
     * log or a recording).
     */
    private String slowestSeconds(long[] latencies, int n) {
        long[] worst = new long[(latencies.length + rate - 1) / rate];
        for (int i = 0; i < latencies.length; i++) {
            worst[i / rate] = Math.max(worst[i / rate], latencies[i]);
        }
        return IntStream.range(0, worst.length).boxed()
                .sorted((a, b) -> Long.compare(worst[b], worst[a])).limit(n)
                .map(second -> String.format("%d s: %.1f ms", second, worst[second] / 1e6))
                .collect(Collectors.joining(", "));
    }

    /** CPU time of this whole JVM (the sending threads, the GC, the JIT): what the generator takes from the machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** What one measured run saw: latency per request (from its due time), outcomes, and how late sends went out. */
    private static final class Tally {
        final long[] latencies;
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger rejected = new AtomicInteger();
        final Map<String, Integer> decisions = new ConcurrentHashMap<>();
        long maxSendLagNanos;
        long sendSpanNanos;

        Tally(int total) {
            latencies = new long[total];
        }

        /** {@code answer} is null when the request failed (I/O). */
        void answered(int index, long due, KeepAliveConnection.Answer answer) {
            latencies[index] = System.nanoTime() - due;
            // 401/403 (a wrong or expired token) are failures of the run, not bad input.
            if (answer == null || answer.status() >= 500 || answer.status() == 401 || answer.status() == 403) {
                errors.incrementAndGet();
            } else if (answer.status() != 200) {
                rejected.incrementAndGet();
            } else {
                Matcher decision = DECISION.matcher(answer.body());
                decisions.merge(decision.find() ? decision.group(1) : "?", 1, Integer::sum);
            }
        }
    }

    private static final Pattern DECISION = Pattern.compile("\"decision\"\\s*:\\s*\"([A-Z_]+)\"");

    /**
     * Sends {@code rate * duration} requests, each due at start + i / rate whatever the answers so far (an open
     * model: a slow server cannot slow the sender down and hide its queue), and waits for all of them. Each of
     * the {@code connections} threads takes the next due request, waits for its time, and posts it on its own
     * keep-alive connection; a request that finds every connection busy goes out late and its wait counts.
     */
    private void run(URI target, List<byte[]> bodies, int offset, int duration, Tally tally) throws InterruptedException {
        int total = rate * duration;
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        AtomicInteger next = new AtomicInteger();
        AtomicLong maxLag = new AtomicLong();
        AtomicLong lastSent = new AtomicLong(start);
        List<Thread> threads = new ArrayList<>(connections);
        for (int t = 0; t < connections; t++) {
            Thread thread = new Thread(() -> {
                try (KeepAliveConnection connection = new KeepAliveConnection(target, "Content-Type: application/json",
                        "Authorization: " + authorization)) {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long due = start + i * interval;
                        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                            LockSupport.parkNanos(wait);
                        }
                        long sent = System.nanoTime();
                        maxLag.accumulateAndGet(sent - due, Math::max);
                        lastSent.accumulateAndGet(sent, Math::max);
                        KeepAliveConnection.Answer answer = null;
                        try {
                            answer = connection.post(bodies.get((offset + i) % bodies.size()));
                        } catch (IOException | RuntimeException failure) {
                            connection.close();
                        }
                        if (tally != null) {
                            tally.answered(i, due, answer);
                        }
                    }
                }
            }, "loadtest-" + t);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (tally != null) {
            tally.maxSendLagNanos = maxLag.get();
            tally.sendSpanNanos = lastSent.get() - start;
        }
    }

    private int matchInProcess(List<RecordFields> records) {
        try (ApplicationContext context = ApplicationContext.run()) {
            IngestService service = context.getBean(IngestService.class);
            // Probes the API would refuse (e.g. a malformed birth date) are left out, as over HTTP they are 400s.
            List<RecordFields> probes = new ArrayList<>(records.size());
            int next = 0;
            int warmupProbes = rate * warmup;
            for (; next < records.size() && probes.size() < warmupProbes; next++) {
                try {
                    service.match(records.get(next), 10, 0);
                    probes.add(records.get(next));
                } catch (MpiException.InvalidRecord refused) {
                    // not a probe the service accepts
                }
            }
            // Measured on the probes after the warm-up ones (a warm-up probe would find its pages cached).
            int total = Math.min(records.size() - next, rate * seconds);
            long[] latencies = new long[total];
            long[] cpu = new long[total];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            int measured = 0;
            long started = System.nanoTime();
            for (int i = next; measured < total && i < records.size(); i++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                try {
                    service.match(records.get(i), 10, 0);
                } catch (MpiException.InvalidRecord refused) {
                    continue;
                }
                latencies[measured] = System.nanoTime() - t0;
                cpu[measured++] = threads.getCurrentThreadCpuTime() - cpu0;
            }
            if (measured == 0) {
                System.err.println("loadtest: no probes left after the warm-up; give a longer --input");
                return 1;
            }
            report("in-process match (after " + probes.size() + " warm-up probes)", Arrays.copyOf(latencies, measured),
                    measured, 0, (System.nanoTime() - started) / 1e9);
            long[] sortedCpu = Arrays.copyOf(cpu, measured);
            Arrays.sort(sortedCpu);
            // CPU time of the calling thread: what a match costs whatever else the machine runs (H2 runs in it).
            System.out.printf("thread CPU ms: p50 %.2f  p99 %.2f  max %.2f%n", ms(sortedCpu, 0.50), ms(sortedCpu, 0.99),
                    sortedCpu[measured - 1] / 1e6);
        }
        return 0;
    }

    private static void report(String what, long[] latencies, int total, int errors, double seconds) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %d requests in %.1f s (%.1f/s), errors (5xx, 401/403, I/O) %d%n", what, total, seconds, total / seconds, errors);
        System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n", ms(sorted, 0.50),
                ms(sorted, 0.90), ms(sorted, 0.99), ms(sorted, 0.999), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private List<RecordFields> read() {
        List<RecordFields> records = new ArrayList<>();
        InputFormat.byName(format).read(input, ReadOptions.skippingBadRows().withSource(source),
                (PatientRecord r) -> records.add(new RecordFields(r.source(), r.recordId(), r.givenName(), r.middleName(),
                        r.familyName(), r.sex(), r.birthDate(), r.addressLine(), r.city(), r.state(), r.postalCode(),
                        r.country(), r.phone(), r.email(), r.nationalId())));
        return records;
    }

    private static Map<String, String> asJson(RecordFields r) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("source", r.source());
        json.put("recordId", r.recordId());
        List<String> values = r.demographics();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null && !values.get(i).isEmpty()) {
                json.put(RecordFields.DEMOGRAPHIC_NAMES.get(i), values.get(i));
            }
        }
        return json;
    }
}
