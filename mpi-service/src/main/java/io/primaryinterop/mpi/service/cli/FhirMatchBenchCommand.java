package io.primaryinterop.mpi.service.cli;

import io.primaryinterop.mpi.core.io.ReadOptions;
import io.primaryinterop.mpi.core.linker.InputFormat;
import io.primaryinterop.mpi.core.record.PatientRecord;
import io.primaryinterop.mpi.service.domain.RecordFields;
import io.primaryinterop.mpi.service.fhir.MatchProbes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fhir-match-bench}: latency of {@code POST /fhir/Patient/$match} against a running service. Each
 * record of the input file becomes a Parameters probe (its demographics, no identity); {@code --clients}
 * threads each send one request after the other (closed loop). Prints p50/p90/p99/max and non-200 answers.
 */
@Command(name = "fhir-match-bench", mixinStandardHelpOptions = true,
        description = {"Times POST /fhir/Patient/$match against a running service with probes built from a patient "
                + "file (closed loop: --clients concurrent clients, one request at a time each); p50/p90/p99/max."})
public final class FhirMatchBenchCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, description = "probes: a patient file (canonical CSV or FEBRL)")
    Path input;

    @Option(names = "--format", defaultValue = "patient", description = "patient or febrl; default ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "service base URL; default ${DEFAULT-VALUE}")
    String url;

    @Option(names = "--requests", defaultValue = "2000", description = "measured requests; default ${DEFAULT-VALUE}")
    int requests;

    @Option(names = "--warmup", defaultValue = "200", description = "requests before measuring; default ${DEFAULT-VALUE}")
    int warmup;

    @Option(names = "--clients", defaultValue = "4", description = "concurrent clients; default ${DEFAULT-VALUE}")
    int clients;

    @Option(names = "--count", defaultValue = "10", description = "the $match count parameter; default ${DEFAULT-VALUE}")
    int count;

    @Mixin
    GatewayToken gatewayToken;

    @Override
    public Integer call() throws Exception {
        List<String> bodies = probes();
        if (bodies.isEmpty() || requests < 1 || clients < 1) {
            System.err.println("fhir-match-bench: no probes in " + input + " (or --requests/--clients below 1)");
            return 1;
        }
        String authorization = gatewayToken.authorization("fhir-bench", Duration.ofHours(2));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI target = URI.create(url + "/fhir/Patient/$match");
        AtomicInteger failures = new AtomicInteger();
        run(client, target, authorization, bodies, 0, warmup, new long[warmup], failures);
        failures.set(0);
        long[] latencies = new long[requests];
        long started = System.nanoTime();
        run(client, target, authorization, bodies, warmup, requests, latencies, failures);
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("POST /fhir/Patient/$match: %d requests, %d clients, %.1f s (%.1f/s), non-200 answers %d%n",
                requests, clients, seconds, requests / seconds, failures.get());
        System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n", ms(latencies, 0.50), ms(latencies, 0.90),
                ms(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
        return failures.get() == 0 ? 0 : 1;
    }

    private void run(HttpClient client, URI target, String authorization, List<String> bodies, int offset, int total,
                     long[] latencies, AtomicInteger failures) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/fhir+json").header("Authorization", authorization)
                                .POST(HttpRequest.BodyPublishers.ofString(bodies.get((offset + i) % bodies.size()))).build();
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (java.io.IOException e) {
                            status = -1;
                        }
                        latencies[i] = System.nanoTime() - t0;
                        if (status != 200) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> probes() {
        MatchProbes probes = new MatchProbes();
        List<String> bodies = new ArrayList<>();
        InputFormat.byName(format).read(input, ReadOptions.skippingBadRows().withSource("BENCH"),
                (PatientRecord r) -> {
                    if (bodies.size() < Math.max(1, warmup + requests) && r.birthDate() != null && r.birthDate().matches("\\d{4}-\\d{2}-\\d{2}")) {
                        bodies.add(probes.parametersJson(new RecordFields(null, null, r.givenName(), r.middleName(),
                                r.familyName(), r.sex(), r.birthDate(), r.addressLine(), r.city(), r.state(), r.postalCode(),
                                r.country(), r.phone(), r.email(), r.nationalId()), count));
                    }
                });
        return bodies;
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
