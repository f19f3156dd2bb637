import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A soak: first the mix's maximum throughput (8 closed-loop threads, 15 s), then the same mix for the soak
 * duration at a fixed rate of 80% of it, open loop (each request has an intended start time and its latency
 * counts from then, so a stall is not hidden by the load generator waiting: no coordinated omission). Every
 * window prints requests, errors, p50, p99 and the server's RSS. Run by bench/soak.sh.
 *
 * The mix: 30% GET /movies/{id} anonymous, 30% with a token (me block), 15% GET /movies (a page, filtered or
 * sorted), 10% PUT /movies/{id}/rating, 5% PUT or DELETE a favorite, 5% GET /users/me/ratings, 5% GET /genres.
 */
public final class SoakBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String[] LIST_QUERIES = {"", "?sort=title,asc", "?page=3&size=10", "?q=soak", "?sort=averageRating,desc",
            "?yearFrom=1990&yearTo=2020", "?sort=ratingCount,desc&size=50"};

    private static String base;
    private static long[] movies;
    private static List<String> users;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        base = options.get("base");
        long serverPid = Long.parseLong(options.get("pid"));
        int soakSeconds = Integer.parseInt(options.getOrDefault("seconds", "600"));
        int windowSeconds = Integer.parseInt(options.getOrDefault("window", "30"));
        double load = Double.parseDouble(options.getOrDefault("load", "0.8"));
        setUp(options.get("user"), options.get("password"), Integer.parseInt(options.getOrDefault("movies", "300")));

        double maximum = closedLoop(15, 8);
        double rate = maximum * load;
        System.out.printf("maximum throughput of the mix: %.0f req/s (8 threads, 15 s); soak at %.0f%%: %.0f req/s for %d s%n",
                maximum, load * 100, rate, soakSeconds);
        System.out.println("window  t(s)  requests  errors  p50(ms)  p99(ms)  max(ms)  rss(MiB)");
        openLoop(rate, soakSeconds, windowSeconds, serverPid);
        System.exit(0);
    }

    private static void setUp(String admin, String password, int count) throws Exception {
        String adminToken = token(admin, password);
        movies = new long[count];
        for (int m = 0; m < count; m++) {
            movies[m] = id(send("POST", "/api/v1/movies", adminToken, "{\"title\":\"Soak " + m + "\",\"duration\":" + (80 + m % 90)
                    + ",\"releaseDate\":\"" + (1950 + m % 70) + "-06-01\"}").body());
        }
        users = new ArrayList<>();
        String suffix = Long.toString(System.nanoTime(), 36);
        for (int u = 0; u < 40; u++) {
            String name = "soak_" + suffix + "_" + u;
            send("POST", "/api/v1/auth/register", null, "{\"username\":\"" + name + "\",\"email\":\"" + name
                    + "@example.org\",\"password\":\"soak-passphrase\"}");
            users.add(token(name, "soak-passphrase"));
        }
    }

    /** One request of the mix; true when it got the status it should. */
    private static boolean oneOfTheMix() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long movie = movies[random.nextInt(movies.length)];
        String user = users.get(random.nextInt(users.size()));
        int dice = random.nextInt(100);
        if (dice < 30) {
            return send("GET", "/api/v1/movies/" + movie, null, null).statusCode() == 200;
        } else if (dice < 60) {
            return send("GET", "/api/v1/movies/" + movie, user, null).statusCode() == 200;
        } else if (dice < 75) {
            return send("GET", "/api/v1/movies" + LIST_QUERIES[random.nextInt(LIST_QUERIES.length)], null, null).statusCode() == 200;
        } else if (dice < 85) {
            int status = send("PUT", "/api/v1/movies/" + movie + "/rating", user, "{\"score\":" + (1 + random.nextInt(10)) / 2.0
                    + ",\"review\":\"soak review " + random.nextInt(1000) + "\"}").statusCode();
            return status == 200 || status == 201;
        } else if (dice < 90) {
            int status = random.nextBoolean() ? send("PUT", "/api/v1/users/me/favorites/" + movie, user, null).statusCode()
                    : send("DELETE", "/api/v1/users/me/favorites/" + movie, user, null).statusCode();
            return status == 200 || status == 201 || status == 204;
        } else if (dice < 95) {
            return send("GET", "/api/v1/users/me/ratings?size=20", user, null).statusCode() == 200;
        }
        return send("GET", "/api/v1/genres", null, null).statusCode() == 200;
    }

    private static double closedLoop(int seconds, int threads) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        oneOfTheMix();
                        done.incrementAndGet();
                    } catch (Exception e) {
                        done.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 30, TimeUnit.SECONDS);
        return done.get() / (double) seconds;
    }

    private static void openLoop(double rate, int seconds, int windowSeconds, long serverPid) throws Exception {
        long interval = (long) (1_000_000_000L / rate);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService workers = Executors.newFixedThreadPool(32);
        List<long[]> windows = new ArrayList<>();
        Window current = new Window();
        long nextWindow = start + TimeUnit.SECONDS.toNanos(windowSeconds);
        long totalRequests = 0;
        long totalErrors = 0;
        List<Long> allLatencies = new ArrayList<>();
        List<Long> rssByWindow = new ArrayList<>();
        int window = 0;
        for (long intended = start; intended < end; intended += interval) {
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long scheduled = intended;
            Window into = current;
            workers.submit(() -> {
                boolean ok;
                try {
                    ok = oneOfTheMix();
                } catch (Exception e) {
                    ok = false;
                }
                into.record(System.nanoTime() - scheduled, ok);
            });
            if (System.nanoTime() >= nextWindow) {
                Window finished = current;
                current = new Window();
                nextWindow += TimeUnit.SECONDS.toNanos(windowSeconds);
                window++;
                long rss = rssMib(serverPid);
                rssByWindow.add(rss);
                long[] latencies = finished.settle();
                totalRequests += latencies.length;
                totalErrors += finished.errors;
                for (long latency : latencies) {
                    allLatencies.add(latency);
                }
                System.out.printf("%6d %5d %9d %7d %8.1f %8.1f %8.1f %9d%n", window, window * windowSeconds, latencies.length,
                        finished.errors, percentile(latencies, 0.50), percentile(latencies, 0.99), percentile(latencies, 1.0), rss);
            }
        }
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
        long[] last = current.settle();
        totalRequests += last.length;
        totalErrors += current.errors;
        long[] all = allLatencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(all);
        System.out.printf("total: %d requests, %d errors (%.3f%%), %.0f req/s, p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms%n",
                totalRequests, totalErrors, 100.0 * totalErrors / Math.max(1, totalRequests), totalRequests / (double) seconds,
                percentile(all, 0.5), percentile(all, 0.99), percentile(all, 0.999), percentile(all, 1.0));
        if (rssByWindow.size() >= 4) {
            int quarter = rssByWindow.size() / 4;
            double firstQuarter = rssByWindow.subList(0, quarter).stream().mapToLong(Long::longValue).average().orElse(0);
            double lastQuarter = rssByWindow.subList(rssByWindow.size() - quarter, rssByWindow.size()).stream().mapToLong(Long::longValue).average().orElse(0);
            System.out.printf("server RSS: first quarter %.0f MiB, last quarter %.0f MiB (%+.1f%%), min %d, max %d%n", firstQuarter, lastQuarter,
                    100 * (lastQuarter - firstQuarter) / firstQuarter, rssByWindow.stream().mapToLong(Long::longValue).min().orElse(0),
                    rssByWindow.stream().mapToLong(Long::longValue).max().orElse(0));
        }
    }

    /** The latencies and errors of one window, recorded by the worker threads. */
    private static final class Window {
        private final List<Long> latencies = new ArrayList<>();
        private long errors;

        synchronized void record(long nanos, boolean ok) {
            latencies.add(nanos);
            if (!ok) {
                errors++;
            }
        }

        synchronized long[] settle() {
            long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return sorted;
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1 < 0 ? 0 : Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static long rssMib(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static String token(String user, String password) throws Exception {
        String body = send("POST", "/api/v1/auth/login", null, "{\"login\":\"" + user + "\",\"password\":\"" + password + "\"}").body();
        Matcher matcher = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("login failed: " + body);
        }
        return matcher.group(1);
    }

    private static HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long id(String json) {
        Matcher matcher = Pattern.compile("\"id\":(\\d+)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(matcher.group(1));
    }
}
