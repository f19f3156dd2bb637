import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Poster fetch throughput (bytes streamed through GET /api/v1/files/{id}/content), upload latency of a 1 MiB
 * image, and the server's memory while ten 10 MiB uploads run at once. Run by bench/files.sh.
 */
public final class FilesBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        String base = options.get("base");
        long serverPid = Long.parseLong(options.get("pid"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "15"));
        String admin = token(base, options.get("user"), options.get("password"));

        long movie = id(send(base, "POST", "/api/v1/movies", admin, "application/json", "{\"title\":\"Poster bench\"}".getBytes()).body());
        String url = field(upload(base, "/api/v1/movies/" + movie + "/poster", admin, png(100 * 1024)).body(), "url");
        System.out.printf("poster: 100 KiB PNG; %d threads, %d s after a 10 s warm-up%n", threads, seconds);
        fetch(base + url, threads, 10, false);
        fetch(base + url, threads, seconds, true);

        byte[] mebibyte = png(1024 * 1024);
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = upload(base, "/api/v1/movies/" + movie + "/poster", admin, mebibyte);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= 5) {
                latencies.add(System.nanoTime() - start);
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("upload 1 MiB poster (replacing the last one): p50 %.1f ms, max %.1f ms over %d uploads%n",
                sorted[sorted.length / 2] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);

        byte[] tenMebibytes = png(10 * 1024 * 1024);
        List<Long> movies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            movies.add(id(send(base, "POST", "/api/v1/movies", admin, "application/json",
                    ("{\"title\":\"Big poster " + i + "\"}").getBytes()).body()));
        }
        long rssBefore = rssKib(serverPid);
        AtomicLong peak = new AtomicLong(rssBefore);
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(rssKib(serverPid), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        long start = System.nanoTime();
        List<Future<Integer>> uploads = new ArrayList<>();
        for (long id : movies) {
            uploads.add(pool.submit(() -> upload(base, "/api/v1/movies/" + id + "/poster", admin, tenMebibytes).statusCode()));
        }
        for (Future<Integer> upload : uploads) {
            if (upload.get() != 200) {
                throw new IllegalStateException("a 10 MiB upload answered " + upload.get());
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        sampling.set(false);
        sampler.join();
        pool.shutdown();
        System.out.printf("ten 10 MiB uploads at once: %.1f s; server RSS %d MiB before, peak %d MiB (+%d MiB)%n",
                elapsed, rssBefore / 1024, peak.get() / 1024, (peak.get() - rssBefore) / 1024);
    }

    private static void fetch(String url, int threads, int seconds, boolean report) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        long[] counts = new long[threads];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread worker = new Thread(() -> {
                try {
                    while (running.get()) {
                        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("poster fetch answered " + response.statusCode());
                        }
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
        if (report) {
            double perSecond = Arrays.stream(counts).sum() / ((System.nanoTime() - start) / 1e9);
            System.out.printf("poster fetch (streamed through the API): %.0f req/s, %.0f MiB/s%n", perSecond, perSecond * 100 / 1024);
        }
    }

    /** A PNG signature followed by filler, the size the bench needs. */
    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(1).nextBytes(bytes);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    private static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }

    private static HttpResponse<String> upload(String base, String path, String token, byte[] bytes) throws Exception {
        String boundary = "bench-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"poster.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bytes, 0, body, head.length, bytes.length);
        System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
        return send(base, "PUT", path, token, "multipart/form-data; boundary=" + boundary, body);
    }

    private static HttpResponse<String> send(String base, String method, String path, String token, String type, byte[] body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String base, String user, String password) throws Exception {
        return field(send(base, "POST", "/api/v1/auth/login", null, "application/json",
                ("{\"login\":\"" + user + "\",\"password\":\"" + password + "\"}").getBytes()).body(), "accessToken");
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return value.group(1);
    }

    private static long id(String json) {
        Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(id.group(1));
    }
}
