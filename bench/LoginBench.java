import at.favre.lib.crypto.bcrypt.BCrypt;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Login throughput (POST /api/v1/auth/login) next to the cost of one bcrypt hash, measured with the same
 * library the application uses. Run by bench/login.sh, which starts the application with rate limits off.
 */
public final class LoginBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PASSWORD = "bench-passphrase";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        String base = options.get("base");
        int users = Integer.parseInt(options.getOrDefault("users", "20"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "4"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "15"));
        int cost = Integer.parseInt(options.getOrDefault("cost", "11"));

        for (int c = cost - 1; c <= cost + 1; c++) {
            System.out.printf("bcrypt cost %d: %.1f ms per hash (one thread)%n", c, millisPerHash(c));
        }
        String suffix = Long.toString(System.nanoTime(), 36);
        long start = System.nanoTime();
        List<String> names = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            String name = "bench_" + suffix + "_" + u;
            send(base, "/api/v1/auth/register", "{\"username\":\"" + name + "\",\"email\":\"" + name + "@example.org\","
                    + "\"password\":\"" + PASSWORD + "\"}", 201);
            names.add(name);
        }
        System.out.printf("registration: %.1f ms each, sequential (%d accounts)%n", (System.nanoTime() - start) / 1e6 / users, users);
        run(base, "warm-up", 5, threads, names, false);
        run(base, "login", seconds, threads, names, true);
    }

    private static double millisPerHash(int cost) {
        BCrypt.Hasher hasher = BCrypt.withDefaults();
        hasher.hashToString(cost, PASSWORD.toCharArray());
        int rounds = cost <= 10 ? 10 : 4;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            hasher.hashToString(cost, PASSWORD.toCharArray());
        }
        return (System.nanoTime() - start) / 1e6 / rounds;
    }

    private static void run(String base, String name, int seconds, int threads, List<String> users, boolean report)
            throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        long[] counts = new long[threads];
        List<List<Long>> latencies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            List<Long> samples = new ArrayList<>();
            latencies.add(samples);
            Thread worker = new Thread(() -> {
                try {
                    while (running.get()) {
                        String user = users.get(ThreadLocalRandom.current().nextInt(users.size()));
                        long begin = System.nanoTime();
                        send(base, "/api/v1/auth/login",
                                "{\"login\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}", 200);
                        samples.add(System.nanoTime() - begin);
                        counts[index]++;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        if (report) {
            System.out.printf("%s: %.1f logins/s with %d threads; p50 %.0f ms, p99 %.0f ms%n", name,
                    Arrays.stream(counts).sum() / elapsed, threads, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
        }
    }

    private static String send(String base, String path, String json, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
