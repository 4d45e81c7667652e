package io.primaryinterop.mpi.service.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One persistent HTTP/1.1 connection that posts a body and reads the answer, blocking, for the load generator.
 * It costs a few tens of microseconds of CPU per request where the JDK's asynchronous client costs more than a
 * millisecond, which on a small machine is CPU taken from the service being measured. It reads what a
 * server may answer: a body by Content-Length or chunked, and {@code Connection: close} (it reconnects).
 * It speaks plain HTTP only, over a plain socket: an {@code https} target is refused, not sent in clear text.
 */
final class KeepAliveConnection implements AutoCloseable {

    /** A status code and the body as text. */
    record Answer(int status, String body) {
    }

    private final URI target;
    private final byte[] head;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    /** {@code headers} are extra "Name: value" lines sent with every request; {@code target} must be http. */
    KeepAliveConnection(URI target, String... headers) {
        this.target = plainHttp(target);
        StringBuilder lines = new StringBuilder("POST ").append(target.getRawPath()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(target.getHost()).append(':').append(port(target)).append("\r\n");
        for (String header : headers) {
            lines.append(header).append("\r\n");
        }
        this.head = lines.toString().getBytes(StandardCharsets.US_ASCII);
    }

    Answer post(byte[] body) throws IOException {
        if (socket == null) {
            connect();
        }
        ByteArrayOutputStream request = new ByteArrayOutputStream(head.length + body.length + 32);
        request.writeBytes(head);
        request.writeBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(body);
        out.write(request.toByteArray());
        out.flush();
        return read();
    }

    private Answer read() throws IOException {
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.1 status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        int length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Integer.parseInt(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> close = value.contains("close");
                default -> { }
            }
        }
        byte[] body = chunked ? chunks() : length >= 0 ? in.readNBytes(length) : in.readAllBytes();
        if (close || (length < 0 && !chunked)) {
            close();
        }
        return new Answer(status, new String(body, StandardCharsets.UTF_8));
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            body.writeBytes(in.readNBytes(size));
            line();
        }
        while (!line().isEmpty()) {
            // trailers
        }
        return body.toByteArray();
    }

    private int chunkSize() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        return Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                close();
                throw new IOException("connection closed by the server");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(target.getHost(), port(target)), 5_000);
        socket.setSoTimeout(30_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream());
    }

    /** {@code target} if its scheme is http; else an IllegalArgumentException naming the scheme. */
    static URI plainHttp(URI target) {
        if (!"http".equalsIgnoreCase(target.getScheme())) {
            String scheme = target.getScheme() == null ? "no scheme" : "scheme '" + target.getScheme() + "'";
            throw new IllegalArgumentException(scheme + " in " + target + ": loadtest speaks plain HTTP only (http://)");
        }
        return target;
    }

    private static int port(URI target) {
        return target.getPort() >= 0 ? target.getPort() : 80;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
