import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * One scenario of issue 15's table against a generated catalogue (bench/generate.sh), and in the same run its
 * floor: the very SQL statements the application runs for that request (read from the application's jar where
 * they are constants), executed over JDBC with the same concurrency, each request's statements in one transaction
 * as the application does.
 *
 * Each side (http, jdbc) gets a warm-up, then a closed loop (N threads back to back: the maximum throughput), then
 * an open loop at a fixed rate, the same for both sides (by default 70% of the HTTP side's maximum): every
 * request has an intended start time and its latency counts from then, so a stall is not hidden by the client
 * waiting for it (no coordinated omission). Latencies go into HdrHistograms. Run by bench/scale.sh.
 */
public final class ScaleBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One base URL per instance; requests go round-robin over the first {@code activeBases}. */
    private static String[] bases;
    private static volatile int activeBases = 1;
    private static final AtomicLong NEXT_BASE = new AtomicLong();
    private static String jdbc;
    private static int threads;
    private static int seconds;
    private static int warmUp;
    private static double load;
    private static boolean rawClient;

    /** One request or one JDBC transaction; {@code worker} is the thread's index. */
    interface Operation {
        void run(int worker) throws Exception;
    }

    /** A JDBC side: one connection and its prepared statements per worker. */
    interface JdbcSide {
        Operation open(Connection connection) throws Exception;
    }

    record Phase(double perSecond, Histogram latencies, long errors) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            o.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        bases = o.get("base").split(",");
        activeBases = bases.length;
        jdbc = o.get("jdbc");
        threads = Integer.parseInt(o.getOrDefault("threads", "8"));
        seconds = Integer.parseInt(o.getOrDefault("seconds", "10"));
        warmUp = Integer.parseInt(o.getOrDefault("warm-up", "5"));
        load = Double.parseDouble(o.getOrDefault("load", "0.7"));
        rawClient = !o.getOrDefault("client", "raw").equals("jdk");
        String scenario = o.getOrDefault("scenario", "detail");
        long maxMovie = single("select max(id) from movies");
        System.out.printf("catalogue: %,d movies, %,d persons, %,d credits, %,d users, %,d ratings (planner estimates for the last three)%n",
                maxMovie, single("select count(*) from persons"), estimate("cast_credits"), estimate("users"), estimate("ratings"));
        System.out.printf("scenario %s: %d threads; per side %d s warm-up, %d s closed loop, %d s open loop at %.0f%% of the http maximum; %s HTTP client%n",
                scenario, threads, warmUp, seconds, seconds, load * 100, rawClient ? "raw keep-alive" : "JDK");
        System.out.println("side                         closed: req/s    p50 ms    p99 ms |  open: rate   p50 ms    p99 ms    max ms  errors");
        switch (scenario) {
            case "detail" -> detail(maxMovie, false);
            case "detail-token" -> detail(maxMovie, true);
            case "list" -> list();
            case "filter" -> filter();
            case "person" -> person();
            case "rating" -> rating(o.get("user"), o.get("password"));
            case "scale-out" -> scaleOut(maxMovie);
            case "heap" -> heap(maxMovie, o.get("pids").split(","));
            case "search" -> search(o.getOrDefault("queries", "bench/search/queries.tsv"));
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        }
    }

    // ---------------------------------------------------------------- scenarios

    private static void detail(long maxMovie, boolean withToken) throws Exception {
        Class<?> queries = Class.forName("dev.marquee.adapters.persistence.movie.MovieQueryAdapter");
        String detail = constant(queries, "DETAIL"), cast = constant(queries, "CAST"), myState = constant(queries, "MY_STATE");
        Operation anonymous = w -> get("/api/v1/movies/" + (1 + ThreadLocalRandom.current().nextLong(maxMovie)), null);
        JdbcSide anonymousSql = c -> {
            PreparedStatement d = c.prepareStatement(detail), k = c.prepareStatement(cast);
            return w -> {
                long id = 1 + ThreadLocalRandom.current().nextLong(maxMovie);
                transaction(c, () -> {
                    readAll(d, id);
                    readAll(k, id);
                });
            };
        };
        if (!withToken) {
            compare("GET /movies/{id} anonymous", anonymous, anonymousSql, "http/jdbc", 0.5);
            return;
        }
        String token = logIn("bench", "bench-password");
        long me = single("select id from users where username = 'bench'");
        Operation authenticated = w -> get("/api/v1/movies/" + (1 + ThreadLocalRandom.current().nextLong(maxMovie)), token);
        JdbcSide authenticatedSql = c -> {
            PreparedStatement d = c.prepareStatement(detail), k = c.prepareStatement(cast), s = c.prepareStatement(myState);
            return w -> {
                long id = 1 + ThreadLocalRandom.current().nextLong(maxMovie);
                transaction(c, () -> {
                    readAll(d, id);
                    readAll(k, id);
                    for (int i = 1; i <= 6; i += 2) {
                        s.setLong(i, me);
                        s.setLong(i + 1, id);
                    }
                    readAll(s);
                });
            };
        };
        Phase anonymousMax = closed("warm-up anonymous", anonymous, warmUp);
        anonymousMax = closed("http anonymous", anonymous, seconds);
        report("http anonymous", anonymousMax, null);
        Phase[] token_ = side("http with token", authenticated, anonymousMax.perSecond * load);
        Phase[] floor = side("jdbc detail+cast+me", jdbcOperation(authenticatedSql), anonymousMax.perSecond * load);
        System.out.printf("%nwith token / anonymous throughput = %.2f (target >= 0.9); with token / its own SQL = %.2f%n",
                token_[0].perSecond / anonymousMax.perSecond, token_[0].perSecond / floor[0].perSecond);
    }

    /** GET /movies/{id} and page 1 of GET /movies, on the first instance alone, then round-robin over all of them. */
    private static void scaleOut(long maxMovie) throws Exception {
        if (bases.length < 2) {
            throw new IllegalArgumentException("scale-out needs --base=URL1,URL2");
        }
        Operation mixed = w -> {
            if (ThreadLocalRandom.current().nextInt(4) == 0) {
                get("/api/v1/movies?page=" + (1 + ThreadLocalRandom.current().nextInt(50)), null);
            } else {
                get("/api/v1/movies/" + (1 + ThreadLocalRandom.current().nextLong(maxMovie)), null);
            }
        };
        int all = bases.length;
        activeBases = all;
        closed("warm-up all", mixed, warmUp);
        activeBases = 1;
        Phase one = closed("one instance", mixed, seconds);
        Phase oneOpen = open(mixed, one.perSecond * load, seconds);
        report("one instance", one, oneOpen);
        activeBases = all;
        Phase both = closed(all + " instances", mixed, seconds);
        Phase bothOpen = open(mixed, one.perSecond * load, seconds);
        report(all + " instances", both, bothOpen);
        System.out.printf("%n%d instances / one = %.2f (target >= 1.6 when the database is not the bottleneck)%n",
                all, both.perSecond / one.perSecond);
    }

    /**
     * The same mixed load (detail, list pages, a person) on two instances that differ only in their JVM options, each
     * alone in turn (A B A B, closed loop), with each JVM's resident set sampled every second throughout.
     */
    private static void heap(long maxMovie, String[] pids) throws Exception {
        if (bases.length < 2) {
            throw new IllegalArgumentException("heap needs --base=URL1,URL2");
        }
        long maxPerson = single("select max(id) from persons");
        Operation mixed = w -> {
            int pick = ThreadLocalRandom.current().nextInt(8);
            if (pick == 0) {
                get("/api/v1/movies?page=" + (1 + ThreadLocalRandom.current().nextInt(50)), null);
            } else if (pick == 1) {
                get("/api/v1/persons/" + (1 + ThreadLocalRandom.current().nextLong(maxPerson)), null);
            } else {
                get("/api/v1/movies/" + (1 + ThreadLocalRandom.current().nextLong(maxMovie)), null);
            }
        };
        long[][] rss = new long[pids.length][3]; // min, max, last in KiB
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                for (int i = 0; i < pids.length; i++) {
                    long kib = rssKib(pids[i]);
                    rss[i][0] = rss[i][0] == 0 ? kib : Math.min(rss[i][0], kib);
                    rss[i][1] = Math.max(rss[i][1], kib);
                    rss[i][2] = kib;
                }
                LockSupport.parkNanos(1_000_000_000L);
            }
        });
        sampler.start();
        double[] total = new double[2];
        for (int round = 0; round < 2; round++) {
            for (int instance = 0; instance < 2; instance++) {
                String[] all = bases;
                bases = new String[] {all[instance]};
                activeBases = 1;
                closed("warm-up", mixed, warmUp);
                Phase phase = closed("instance " + instance, mixed, seconds);
                bases = all;
                report((instance == 0 ? "A (first JVM options)" : "B (SECOND_JAVA_OPTS)") + " round " + (round + 1), phase, null);
                total[instance] += phase.perSecond;
            }
        }
        sampling.set(false);
        sampler.join();
        for (int i = 0; i < pids.length; i++) {
            System.out.printf("RSS of instance %s (pid %s): min %,d MiB, max %,d MiB, last %,d MiB%n", i == 0 ? "A" : "B", pids[i],
                    rss[i][0] / 1024, rss[i][1] / 1024, rss[i][2] / 1024);
        }
        System.out.printf("%nB / A throughput = %.3f (target >= 0.95 for -Xmx256m)%n", total[1] / total[0]);
    }

    private static long rssKib(String pid) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception gone) {
            // the process ended
        }
        return 0;
    }

    private static void list() throws Exception {
        String columns = constant(Class.forName("dev.marquee.adapters.persistence.movie.MovieSummaries"), "COLUMNS");
        // the default sort is popularity desc (MovieService), a NOT NULL column: no NULLS clause (SqlClauses.orderBy)
        String byPopularity = " order by m.popularity desc, m.id";
        Phase[] first = compare("GET /movies page 1", w -> get("/api/v1/movies", null), c -> pageSql(c, "", List.of(),
                byPopularity, 20, 0, columns), "http/jdbc", Double.NaN);
        Phase[] deep = compare("GET /movies page 5000", w -> get("/api/v1/movies?page=5000&size=20", null), c -> pageSql(c, "",
                List.of(), byPopularity, 20, 99_980, columns), "http/jdbc", Double.NaN);
        System.out.printf("%npage 1 http open-loop p99 %.1f ms (target <= 15 ms); page 5000 / page 1 p99 = %.2f (target <= 1.5)%n",
                ms(first[1].latencies.getValueAtPercentile(99)),
                (double) deep[1].latencies.getValueAtPercentile(99) / first[1].latencies.getValueAtPercentile(99));
    }

    private static void filter() throws Exception {
        String columns = constant(Class.forName("dev.marquee.adapters.persistence.movie.MovieSummaries"), "COLUMNS");
        String where = " where exists (select 1 from movie_genres mg where mg.movie_id = m.id and"
                + " mg.genre_id = (select g.id from genres g where lower(g.name) = lower(?))) and m.release_year >= ?";
        Phase[] result = compare("GET /movies?genre=Horror&yearFrom=1990&sort=averageRating,desc",
                w -> get("/api/v1/movies?genre=Horror&yearFrom=1990&sort=averageRating,desc", null),
                c -> pageSql(c, where, List.of("Horror", 1990), " order by m.average_rating desc nulls last, m.id", 20, 0, columns),
                "http/jdbc", Double.NaN);
        System.out.printf("%nhttp open-loop p99 %.1f ms (target <= 30 ms)%n", ms(result[1].latencies.getValueAtPercentile(99)));
    }

    private static void person() throws Exception {
        List<Long> people = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select actor_id, count(*) from cast_credits group by actor_id"
                     + " order by abs(count(*) - 200), actor_id limit 20")) {
            StringBuilder counts = new StringBuilder();
            while (r.next()) {
                people.add(r.getLong(1));
                counts.append(counts.length() == 0 ? "" : ", ").append(r.getLong(2));
            }
            System.out.println("the 20 persons whose credit counts are nearest 200: " + counts);
        }
        Class<?> queries = Class.forName("dev.marquee.adapters.persistence.person.PersonQueryAdapter");
        String person = constant(queries, "PERSON") + " where p.id = ?", photos = constant(queries, "PHOTOS"),
                directed = constant(queries, "DIRECTED"), parts = constant(queries, "PARTS");
        Phase[] result = compare("GET /persons/{id}, ~200 credits",
                w -> get("/api/v1/persons/" + people.get(ThreadLocalRandom.current().nextInt(people.size())), null),
                c -> {
                    PreparedStatement[] statements = {c.prepareStatement(person), c.prepareStatement(photos),
                            c.prepareStatement(directed), c.prepareStatement(parts)};
                    return w -> {
                        long id = people.get(ThreadLocalRandom.current().nextInt(people.size()));
                        transaction(c, () -> {
                            for (PreparedStatement statement : statements) {
                                statement.setLong(1, id);
                                readAll(statement);
                            }
                        });
                    };
                }, "http/jdbc", Double.NaN);
        System.out.printf("%nhttp open-loop p99 %.1f ms (target <= 15 ms)%n", ms(result[1].latencies.getValueAtPercentile(99)));
    }

    private static void rating(String admin, String password) throws Exception {
        long movie;
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select id, rating_count from movies order by abs(rating_count - 50000), id limit 1")) {
            r.next();
            movie = r.getLong(1);
            System.out.printf("movie %d holds %,d ratings%n", movie, r.getLong(2));
        }
        String suffix = Long.toString(System.nanoTime(), 36);
        List<String> tokens = new ArrayList<>();
        long[] userIds = new long[threads];
        for (int u = 0; u < threads; u++) {
            String name = "rater_" + suffix + "_" + u;
            send("POST", "/api/v1/auth/register", null, "{\"username\":\"" + name + "\",\"email\":\"" + name
                    + "@example.org\",\"password\":\"bench-passphrase\"}", 201);
            tokens.add(logIn(name, "bench-passphrase"));
            userIds[u] = single("select id from users where username = '" + name + "'");
        }
        String upsert = constant(Class.forName("dev.marquee.adapters.persistence.library.RatingPersistenceAdapter"), "UPSERT");
        long target = movie;
        compare("PUT /movies/{id}/rating, ~50k ratings",
                w -> send("PUT", "/api/v1/movies/" + target + "/rating", tokens.get(w), "{\"score\":" + score() + "}", -1),
                c -> {
                    PreparedStatement statement = c.prepareStatement(upsert);
                    return w -> transaction(c, () -> {
                        java.sql.Timestamp now = new java.sql.Timestamp(System.currentTimeMillis());
                        statement.setLong(1, userIds[w]);
                        statement.setLong(2, target);
                        statement.setBigDecimal(3, new java.math.BigDecimal(score()));
                        statement.setNull(4, java.sql.Types.VARCHAR);
                        statement.setTimestamp(5, now);
                        statement.setTimestamp(6, now);
                        readAll(statement);
                    });
                }, "http/jdbc", Double.NaN);
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select m.rating_count = x.n and m.rating_sum = x.total and m.rating_histogram = x.histogram, m.rating_count, x.n"
                        + " from movies m, (select count(*) as n, coalesce(sum(score), 0) as total, array(select count(r2.*)::int"
                        + " from generate_series(1, 10) as i left join ratings r2 on r2.movie_id = " + movie
                        + " and r2.score * 2 = i group by i order by i) as histogram from ratings where movie_id = " + movie + ") x"
                        + " where m.id = " + movie)) {
            r.next();
            System.out.printf("%naggregates exact after the run: %s (movie's count %,d, rows %,d)%n", r.getBoolean(1), r.getLong(2), r.getLong(3));
        }
    }

    /**
     * GET /search with the queries of the quality benchmark (typos, prefixes, years, persons...), each request a
     * random one of them, against the adapter's two statements over JDBC: the same SQL text, and the same values
     * computed by the adapter's own code (read from the jar), in one transaction.
     */
    private static void search(String queriesFile) throws Exception {
        List<String> queries = new ArrayList<>();
        boolean header = true;
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(queriesFile))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (!header) {
                queries.add(line.split("\t")[0]);
            }
            header = false;
        }
        Class<?> adapter = Class.forName("dev.marquee.adapters.persistence.search.SearchQueryAdapter");
        String prepare = constant(Class.forName("dev.marquee.adapters.persistence.search.SearchSql"), "PREPARE");
        String ranked = (String) adapter.getMethod("rankedSql").invoke(null);
        Class<?> queryType = Class.forName("dev.marquee.domain.search.SearchQuery");
        Class<?> pageType = Class.forName("dev.marquee.domain.shared.PageRequest");
        java.lang.reflect.Method values = adapter.getMethod("rankedValues", String.class, queryType, pageType);
        java.lang.reflect.Constructor<?> newQuery = queryType.getConstructor(String.class, java.util.Set.class);
        Object firstPage = pageType.getMethod("first", int.class).invoke(null, 20);
        System.out.printf("%d queries from %s, a random one per request%n", queries.size(), queriesFile);
        Phase[] result = compare("GET /search?q=...", w -> get("/api/v1/search?q=" + java.net.URLEncoder.encode(
                queries.get(ThreadLocalRandom.current().nextInt(queries.size())), java.nio.charset.StandardCharsets.UTF_8), null),
                c -> {
                    PreparedStatement form = c.prepareStatement(prepare), search = c.prepareStatement(ranked);
                    return w -> {
                        String q = queries.get(ThreadLocalRandom.current().nextInt(queries.size()));
                        transaction(c, () -> {
                            form.setString(1, q);
                            String normalised;
                            try (ResultSet row = form.executeQuery()) {
                                row.next();
                                normalised = row.getString("form");
                            }
                            List<?> bound = (List<?>) values.invoke(null, normalised, newQuery.newInstance(q, java.util.Set.of()),
                                    firstPage);
                            for (int i = 0; i < bound.size(); i++) {
                                search.setObject(i + 1, bound.get(i));
                            }
                            readAll(search);
                        });
                    };
                }, "http/jdbc", Double.NaN);
        System.out.printf("%nhttp open-loop p99 %.1f ms (target <= 20 ms)%n", ms(result[1].latencies.getValueAtPercentile(99)));
    }

    // ---------------------------------------------------------------- the two sides

    /** HTTP and JDBC side by side: closed loop each, then open loop each at the same rate. Returns the http phases. */
    private static Phase[] compare(String name, Operation http, JdbcSide sql, String ratioName, double target) throws Exception {
        System.out.println(name);
        Operation floor = jdbcOperation(sql);
        Phase httpMax = closed("warm-up http", http, warmUp);
        closed("warm-up jdbc", floor, warmUp);
        httpMax = closed("http", http, seconds);
        Phase floorMax = closed("jdbc", floor, seconds);
        double rate = httpMax.perSecond * load;
        Phase httpOpen = open(http, rate, seconds);
        Phase floorOpen = open(floor, rate, seconds);
        report("  http", httpMax, httpOpen);
        report("  jdbc (same SQL)", floorMax, floorOpen);
        System.out.printf("  throughput ratio %s = %.2f%s; open-loop p99 ratio = %.1f%n", ratioName, httpMax.perSecond / floorMax.perSecond,
                Double.isNaN(target) ? "" : " (target >= " + target + ")",
                (double) httpOpen.latencies.getValueAtPercentile(99) / floorOpen.latencies.getValueAtPercentile(99));
        return new Phase[] {httpMax, httpOpen};
    }

    /** Closed then open loop of one operation; the open loop runs at {@code rate}. */
    private static Phase[] side(String name, Operation operation, double rate) throws Exception {
        closed("warm-up", operation, warmUp);
        Phase max = closed(name, operation, seconds);
        Phase fixed = open(operation, rate, seconds);
        report(name, max, fixed);
        return new Phase[] {max, fixed};
    }

    private static Operation jdbcOperation(JdbcSide side) throws Exception {
        Operation[] perWorker = new Operation[threads];
        for (int w = 0; w < threads; w++) {
            Connection connection = DriverManager.getConnection(jdbc);
            perWorker[w] = side.open(connection);
        }
        return w -> perWorker[w].run(w);
    }

    private static Phase closed(String name, Operation operation, int duration) throws Exception {
        return loop(operation, duration, Double.NaN);
    }

    private static Phase open(Operation operation, double rate, int duration) throws Exception {
        return loop(operation, duration, rate);
    }

    /** Closed loop when rate is NaN; otherwise each worker has a schedule of rate/threads a second. */
    private static Phase loop(Operation operation, int duration, double rate) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong errors = new AtomicLong();
        Histogram[] histograms = new Histogram[threads];
        long[] counts = new long[threads];
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + duration * 1_000_000_000L;
        for (int t = 0; t < threads; t++) {
            int w = t;
            histograms[t] = new Histogram(60_000_000_000L, 3);
            Thread thread = new Thread(() -> {
                long interval = Double.isNaN(rate) ? 0 : (long) (threads * 1e9 / rate);
                long intended = start + (interval == 0 ? 0 : ThreadLocalRandom.current().nextLong(interval));
                while (running.get()) {
                    long began = System.nanoTime();
                    if (interval > 0) {
                        if (intended >= end) {
                            break;
                        }
                        while (began < intended) {
                            LockSupport.parkNanos(intended - began);
                            began = System.nanoTime();
                        }
                        began = intended;
                        intended += interval;
                    }
                    try {
                        operation.run(w);
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.out.println("  error: " + e);
                        }
                    }
                    histograms[w].recordValue(Math.min(System.nanoTime() - began, 60_000_000_000L));
                    counts[w]++;
                }
            });
            thread.start();
            workers.add(thread);
        }
        if (Double.isNaN(rate)) {
            Thread.sleep(duration * 1000L);
            running.set(false);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Histogram all = new Histogram(60_000_000_000L, 3);
        long total = 0;
        for (int t = 0; t < threads; t++) {
            all.add(histograms[t]);
            total += counts[t];
        }
        return new Phase(total / elapsed, all, errors.get());
    }

    private static void report(String name, Phase closed, Phase open) {
        String fixed = open == null ? "" : String.format(" | %10.0f %8.2f %9.2f %9.1f %7d", open.perSecond, ms(open.latencies.getValueAtPercentile(50)),
                ms(open.latencies.getValueAtPercentile(99)), ms(open.latencies.getMaxValue()), open.errors);
        System.out.printf("%-28s %14.0f %9.2f %9.2f%s%s%n", name, closed.perSecond, ms(closed.latencies.getValueAtPercentile(50)),
                ms(closed.latencies.getValueAtPercentile(99)), fixed, closed.errors > 0 ? "  (closed-loop errors " + closed.errors + ")" : "");
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    // ---------------------------------------------------------------- SQL and HTTP helpers

    interface Body {
        void run() throws Exception;
    }

    /** The application reads in a read-only transaction and writes in one: BEGIN/COMMIT around the statements. */
    private static void transaction(Connection c, Body body) throws Exception {
        c.setAutoCommit(false);
        try {
            body.run();
            c.commit();
        } catch (Exception e) {
            c.rollback();
            throw e;
        }
    }

    /**
     * The statements of one list page, as Sql.pageCountingUpTo runs them for MovieQueryAdapter: the page (its ids
     * selected first), then, unless a partly filled page proves the total, the planner's estimate, then a count
     * stopped after exactUpTo + 1 rows unless the page lies beyond exactUpTo or the estimate exceeds 10 x exactUpTo.
     */
    private static Operation pageSql(Connection c, String where, List<Object> parameters, String orderBy, int size, int offset,
                                     String columns) throws Exception {
        long exactUpTo = longConstant(Class.forName("dev.marquee.adapters.persistence.movie.MovieQueryAdapter"), "EXACT_TOTAL_UP_TO");
        PreparedStatement count = c.prepareStatement("select count(*) from (select 1 from movies m" + where + " limit ?) as capped");
        PreparedStatement estimate = c.prepareStatement("explain (format json) select 1 from movies m" + where);
        PreparedStatement page = c.prepareStatement("select " + columns + " from (select m.id from movies m" + where + orderBy
                + " limit ? offset ?) as page join movies m on m.id = page.id" + orderBy);
        return w -> transaction(c, () -> {
            for (int i = 0; i < parameters.size(); i++) {
                count.setObject(i + 1, parameters.get(i));
                estimate.setObject(i + 1, parameters.get(i));
                page.setObject(i + 1, parameters.get(i));
            }
            count.setLong(parameters.size() + 1, exactUpTo + 1);
            page.setInt(parameters.size() + 1, size);
            page.setInt(parameters.size() + 2, offset);
            int rows = readAll(page);
            if (rows > 0 && rows < size) {
                return;
            }
            boolean beyond = rows == size && offset + rows > exactUpTo;
            long planned;
            try (ResultSet plan = estimate.executeQuery()) {
                plan.next();
                Matcher m = Pattern.compile("\"Plan Rows\": *(\\d+)").matcher(plan.getString(1));
                planned = m.find() ? Long.parseLong(m.group(1)) : 0;
            }
            if (!beyond && planned <= 10 * exactUpTo) {
                readAll(count);
            }
        });
    }

    private static long longConstant(Class<?> type, String name) throws Exception {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.getLong(null);
    }

    private static void readAll(PreparedStatement statement, long id) throws Exception {
        statement.setLong(1, id);
        readAll(statement);
    }

    private static int readAll(PreparedStatement statement) throws Exception {
        int count = 0;
        try (ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                count++;
                for (int c = 1; c <= columns; c++) {
                    rows.getObject(c);
                }
            }
        }
        return count;
    }

    private static long single(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long estimate(String table) throws Exception {
        return single("select reltuples::bigint from pg_class where relname = '" + table + "'");
    }

    private static String score() {
        return Double.toString((1 + ThreadLocalRandom.current().nextInt(10)) / 2.0);
    }

    private static void get(String path, String token) throws Exception {
        send("GET", path, token, null, 200);
    }

    /** Sends a request; {@code expected} -1 accepts any 2xx. Returns the body. */
    private static String send(String method, String path, String token, String json, int expected) throws Exception {
        String base = bases[(int) (NEXT_BASE.getAndIncrement() % activeBases)];
        RawHttp.Response response;
        if (rawClient) {
            response = RawHttp.connection(base).exchange(method, path, token, json);
        } else {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (json != null) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> sent = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response = new RawHttp.Response(sent.statusCode(), sent.body());
        }
        int status = response.status();
        if (expected == -1 ? status / 100 != 2 : status != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + status + ": " + response.body());
        }
        return response.body();
    }

    private static String logIn(String user, String password) throws Exception {
        String body = send("POST", "/api/v1/auth/login", null, "{\"login\":\"" + user + "\",\"password\":\"" + password + "\"}", 200);
        Matcher token = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("login failed: " + body);
        }
        return token.group(1);
    }

    private static String constant(Class<?> type, String name) throws Exception {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (String) field.get(null);
    }
}
