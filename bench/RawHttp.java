import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * A minimal HTTP/1.1 keep-alive client, one connection per thread and base URL, as light as wrk: the JDK's
 * HttpClient spends about 0.3 ms of CPU a request here, on the same 2 cores as the server it measures, which
 * the JDBC side's client does not. ScaleBench's and RecommendationsApiBench's
 * {@code --client=jdk} use the JDK's client instead.
 */
final class RawHttp {

    /** A response's status and body. */
    record Response(int status, String body) {
    }

    private static final ThreadLocal<Map<String, RawHttp>> CONNECTIONS = ThreadLocal.withInitial(HashMap::new);

    private final String host;
    private final int port;
    private java.net.Socket socket;
    private java.io.BufferedInputStream in;
    private java.io.OutputStream out;

    private RawHttp(String base) {
        URI uri = URI.create(base);
        host = uri.getHost();
        port = uri.getPort();
    }

    static RawHttp connection(String base) {
        return CONNECTIONS.get().computeIfAbsent(base, RawHttp::new);
    }

    Response exchange(String method, String path, String token, String json) throws java.io.IOException {
        if (socket == null) {
            socket = new java.net.Socket(host, port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 65536);
            out = new java.io.BufferedOutputStream(socket.getOutputStream(), 8192);
        }
        try {
            byte[] body = json == null ? new byte[0] : json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path)
                    .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
                    .append("\r\nAccept: application/json\r\n");
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            if (json != null || !method.equals("GET")) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read();
        } catch (java.io.IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private Response read() throws java.io.IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.equalsIgnoreCase("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                closes = value.equalsIgnoreCase("close");
            }
        }
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(Math.max(length, 256));
        if (chunked) {
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
        } else if (length > 0) {
            body.write(in.readNBytes(length));
        }
        if (closes) {
            close();
        }
        return new Response(status, body.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private String line() throws java.io.IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                throw new java.io.EOFException("the server closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private void close() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (java.io.IOException ignored) {
            // closing a broken connection: the next exchange opens a new one
        }
        socket = null;
    }
}
