package eu.strateg.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request written by hand on a socket, so that a test can send its body in two parts with something
 * happening in between (the server being stopped), and then read the whole response as the server wrote it.
 */
final class RawHttp implements AutoCloseable {

    /** A response: the status, the headers (names in lower case) and the body as Content-Length announced it. */
    record Response(int status, Map<String, String> headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] body;
    private int sent;

    private RawHttp(Socket socket, byte[] body) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream());
        this.body = body;
    }

    /**
     * Opens a connection and sends the head of a request with {@code Expect: 100-continue}, waits for the server's
     * {@code 100 Continue} (so the server has read the head: the request is in progress), and sends the first
     * {@code firstPart} bytes of its body.
     *
     * @param server the server's base URI
     * @param method the method
     * @param path the path and query
     * @param headers the headers besides Host, Content-Length and Connection
     * @param body the whole body
     * @param firstPart how many bytes of it to send now
     * @return the open request
     */
    static RawHttp begin(URI server, String method, String path, Map<String, String> headers, byte[] body, int firstPart) {
        try {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 10_000);
            socket.setSoTimeout(120_000);
            RawHttp r = new RawHttp(socket, body);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort() + "\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("Content-Length: ").append(body.length).append("\r\nExpect: 100-continue\r\n\r\n");
            r.out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            r.out.flush();
            String interim = line(r.in);
            if (interim == null || !interim.startsWith("HTTP/1.1 100")) {
                throw new IOException("the server answered '" + interim + "' to the head, not 100 Continue");
            }
            // the interim response has no body; its headers (if any) end with an empty line
            String h = line(r.in);
            while (h != null && !h.isEmpty()) {
                h = line(r.in);
            }
            r.out.write(body, 0, firstPart);
            r.out.flush();
            r.sent = firstPart;
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the rest of the body and reads the response. */
    Response finish() {
        try {
            out.write(body, sent, body.length - sent);
            out.flush();
            String status = line(in);
            if (status == null) {
                throw new IOException("the server closed the connection without an answer");
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
                int colon = h.indexOf(':');
                headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "-1"));
            byte[] content = length < 0 ? in.readAllBytes() : in.readNBytes(length);
            if (length >= 0 && content.length < length) {
                throw new IOException("the body ended after " + content.length + " of " + length + " bytes");
            }
            return new Response(Integer.parseInt(status.split(" ")[1]), headers, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the server closed the connection after the response (reading gives the end of the stream). */
    boolean closedByServer() {
        try {
            return in.read() == -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the server still accepts a new connection on its port (false once it stopped listening). */
    static boolean accepts(URI server) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(server.getHost(), server.getPort()), 2_000);
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                String s = b.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            b.write(c);
        }
        return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
