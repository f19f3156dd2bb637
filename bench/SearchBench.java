import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search-quality benchmark of issue 12 against a running Marquee holding the imported TMDB + MovieLens
 * catalogue: creates the cast credits of bench/search/fixtures.tsv through the API where they are missing, asks
 * every query of bench/search/queries.tsv over HTTP (one pass to warm up, then --rounds passes), and reports
 * success@1, success@3, MRR, each query's rank and latency (median and max over the rounds) and the failures.
 * The JDBC connection only looks ids up (a movie by TMDB id, whether a fixture exists). Run by bench/search.sh.
 */
public final class SearchBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern HIT = Pattern.compile("\"type\":\"(\\w+)\",\"id\":(\\d+),\"title\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static String base;

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            o.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        base = o.get("base");
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "5"));
        Path folder = Path.of(o.getOrDefault("folder", "bench/search"));
        try (Connection db = DriverManager.getConnection(o.get("jdbc"))) {
            String token = logIn(o.get("user"), o.get("password"));
            Map<String, Long> fixtures = fixtures(db, token, rows(folder.resolve("fixtures.tsv")));
            List<String[]> queries = rows(folder.resolve("queries.tsv"));
            List<String> expected = new ArrayList<>();
            for (String[] query : queries) {
                expected.add(expected(db, fixtures, query[1]));
            }
            double[][] millis = new double[queries.size()][rounds];
            int[] ranks = new int[queries.size()];
            String[] top = new String[queries.size()];
            for (int round = -1; round < rounds; round++) {
                for (int i = 0; i < queries.size(); i++) {
                    long started = System.nanoTime();
                    String body = get("/api/v1/search?size=10&q=" + URLEncoder.encode(queries.get(i)[0], StandardCharsets.UTF_8));
                    double elapsed = (System.nanoTime() - started) / 1e6;
                    if (round < 0) {
                        continue;
                    }
                    millis[i][round] = elapsed;
                    if (round == 0) {
                        List<String> hits = new ArrayList<>();
                        List<String> titles = new ArrayList<>();
                        Matcher hit = HIT.matcher(body);
                        while (hit.find()) {
                            hits.add(hit.group(1) + ":" + hit.group(2));
                            titles.add(hit.group(3));
                        }
                        ranks[i] = hits.indexOf(expected.get(i)) + 1;
                        top[i] = String.join(" | ", titles.subList(0, Math.min(3, titles.size())));
                    }
                }
            }
            report(queries, ranks, millis, top);
        }
    }

    private static void report(List<String[]> queries, int[] ranks, double[][] millis, String[] top) {
        int first = 0, three = 0;
        double reciprocal = 0, worst = 0;
        double[] medians = new double[queries.size()];
        System.out.println("query                                     rule              rank  median ms  max ms");
        for (int i = 0; i < queries.size(); i++) {
            double[] sorted = millis[i].clone();
            Arrays.sort(sorted);
            medians[i] = sorted[sorted.length / 2];
            worst = Math.max(worst, sorted[sorted.length - 1]);
            first += ranks[i] == 1 ? 1 : 0;
            three += ranks[i] >= 1 && ranks[i] <= 3 ? 1 : 0;
            reciprocal += ranks[i] == 0 ? 0 : 1.0 / ranks[i];
            System.out.printf(Locale.ROOT, "%-41s %-17s %4s %10.1f %7.1f%n", queries.get(i)[0], queries.get(i)[2],
                    ranks[i] == 0 ? "-" : Integer.toString(ranks[i]), medians[i], sorted[sorted.length - 1]);
        }
        double[] all = medians.clone();
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "%n%d queries: success@1 %.3f, success@3 %.3f, MRR %.3f; per-query median latency: p50 %.1f ms,"
                        + " max %.1f ms; slowest single run %.1f ms%n", queries.size(), (double) first / queries.size(),
                (double) three / queries.size(), reciprocal / queries.size(), all[all.length / 2], all[all.length - 1], worst);
        System.out.println("not first:");
        for (int i = 0; i < queries.size(); i++) {
            if (ranks[i] != 1) {
                System.out.printf("  %-40s (%s, expected %s) rank %s; top: %s%n", queries.get(i)[0], queries.get(i)[2], queries.get(i)[1],
                        ranks[i] == 0 ? "none in 10" : ranks[i], top[i]);
            }
        }
    }

    /** The credits of fixtures.tsv, created through the API when missing; ids by "person:Name" and "character:Name". */
    private static Map<String, Long> fixtures(Connection db, String token, List<String[]> rows) throws Exception {
        Map<String, Long> ids = new HashMap<>();
        for (String[] row : rows) {
            long movie = id(db, "select id from movies where tmdb_id = ?", Integer.parseInt(row[0]));
            String person = "person:" + row[1] + " " + row[2];
            if (!ids.containsKey(person)) {
                long existing = id(db, "select coalesce(min(id), 0) from persons where first_name = ? and last_name = ?", row[1], row[2]);
                ids.put(person, existing > 0 ? existing : created(send("POST", "/api/v1/persons", token,
                        "{\"firstName\":\"" + row[1] + "\",\"lastName\":\"" + row[2] + "\"}")));
            }
            String character = "character:" + row[3];
            if (!ids.containsKey(character)) {
                long existing = id(db, "select coalesce(min(id), 0) from characters where name = ?", row[3]);
                if (existing > 0) {
                    ids.put(character, existing);
                }
            }
            long credited = id(db, "select count(*) from cast_credits where movie_id = ? and actor_id = ? and character_id = ?",
                    movie, ids.get(person), ids.getOrDefault(character, 0L));
            if (credited == 0) {
                String target = ids.containsKey(character) ? "\"characterId\":" + ids.get(character)
                        : "\"characterName\":\"" + row[3].replace("\"", "\\\"") + "\"";
                send("POST", "/api/v1/movies/" + movie + "/cast", token,
                        "{\"actorId\":" + ids.get(person) + "," + target + ",\"role\":\"" + row[4] + "\"}");
                ids.put(character, id(db, "select min(id) from characters where name = ?", row[3]));
            }
        }
        return ids;
    }

    private static String expected(Connection db, Map<String, Long> fixtures, String column) throws Exception {
        if (column.startsWith("person:") || column.startsWith("character:")) {
            Long id = fixtures.get(column);
            if (id == null) {
                throw new IllegalStateException("no fixture for " + column);
            }
            return column.substring(0, column.indexOf(':')) + ":" + id;
        }
        long movie = id(db, "select coalesce(min(id), 0) from movies where tmdb_id = ?", Integer.parseInt(column));
        if (movie == 0) {
            throw new IllegalStateException("no movie with TMDB id " + column + ": is the catalogue imported?");
        }
        return "movie:" + movie;
    }

    private static long id(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    static List<String[]> rows(Path file) throws Exception {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    private static long created(String body) {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return Long.parseLong(id.group(1));
    }

    private static String get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    private static String send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String logIn(String user, String password) throws Exception {
        String body = send("POST", "/api/v1/auth/login", null, "{\"login\":\"" + user + "\",\"password\":\"" + password + "\"}");
        Matcher token = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("login failed: " + body);
        }
        return token.group(1);
    }
}
