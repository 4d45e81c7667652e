package io.primaryinterop.mpi.service.testing;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.Connection;
import ca.uhn.hl7v2.llp.LLPException;
import ca.uhn.hl7v2.llp.MinLLPReader;
import ca.uhn.hl7v2.llp.MinLLPWriter;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * HAPI's MLLP client on loopback: {@link #send} parses a fixture and sends it through a HAPI
 * {@link Connection}; {@link #sendRaw} frames any text (garbage included) with HAPI's MLLP writer on a
 * socket of its own and reads the framed answer.
 */
public final class MllpClient implements AutoCloseable {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final HapiContext context = new DefaultHapiContext(executor);
    private final int port;
    private final Connection connection;

    private MllpClient(int port) throws HL7Exception {
        this.port = port;
        // Fixtures with deliberate errors (a bad birth date) must leave the client as written.
        context.setValidationContext(ValidationContextFactory.noValidation());
        context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
        this.connection = context.newClient("127.0.0.1", port, false);
    }

    public static MllpClient connect(int port) {
        try {
            return new MllpClient(port);
        } catch (HL7Exception e) {
            throw new IllegalStateException("cannot connect to MLLP port " + port, e);
        }
    }

    /** A port nobody listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Message send(String er7) {
        try {
            return connection.getInitiator().sendAndReceive(context.getPipeParser().parse(er7));
        } catch (HL7Exception | LLPException | IOException e) {
            throw new IllegalStateException("MLLP round trip failed", e);
        }
    }

    /** The answer's field, e.g. {@code /MSA-1}, {@code /ERR-2-1}, {@code /QAK-2}. */
    public static String get(Message answer, String path) {
        try {
            return new Terser(answer).get(path);
        } catch (HL7Exception e) {
            throw new IllegalStateException("no " + path + " in the answer", e);
        }
    }

    /** One raw round trip on a socket of its own. */
    public String sendRaw(String text) {
        try (RawSession session = rawSession()) {
            return session.send(text);
        }
    }

    /** One raw round trip with the text encoded in the given charset. */
    public String sendRaw(String text, Charset charset) {
        try (RawSession session = rawSession(charset)) {
            return session.send(text);
        }
    }

    /** A socket for several raw round trips (to see that it stays open after a refusal). */
    public RawSession rawSession() {
        return rawSession(StandardCharsets.UTF_8);
    }

    private RawSession rawSession(Charset charset) {
        try {
            return new RawSession(new Socket("127.0.0.1", port), charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** MLLP framing by HAPI's writer and reader over one socket. */
    public static final class RawSession implements AutoCloseable {
        private final Socket socket;
        private final MinLLPWriter writer;
        private final MinLLPReader reader;

        RawSession(Socket socket, Charset charset) throws IOException {
            this.socket = socket;
            socket.setSoTimeout(10_000);
            this.writer = new MinLLPWriter(socket.getOutputStream(), charset);
            this.reader = new MinLLPReader(socket.getInputStream(), charset);
        }

        /** Sends the text framed and returns the framed answer (null if the connection ended without one). */
        public String send(String text) {
            try {
                writer.writeMessage(text);
                return reader.getMessage();
            } catch (IOException | LLPException e) {
                throw new IllegalStateException("raw MLLP round trip failed", e);
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    public Message parse(String er7) {
        try {
            return context.getPipeParser().parse(er7);
        } catch (HL7Exception e) {
            throw new IllegalStateException("answer is not HL7", e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
            context.close();
        } catch (IOException ignored) {
            // the connection is going away either way
        } finally {
            executor.shutdownNow();
        }
    }
}
