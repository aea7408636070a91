package org.danvan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar ({@code target/danvan-*.jar}, made by {@code package} before the *IT
 * tests run) started as a deployer starts it: a JVM of its own, a working folder, and
 * only the environment given (nothing of the build's own).
 */
public final class ShippedJar implements AutoCloseable {

	private final Process process;

	private final Path stdout;

	private final Path stderr;

	private ShippedJar(Process process, Path stdout, Path stderr) {
		this.process = process;
		this.stdout = stdout;
		this.stderr = stderr;
	}

	/** The jar the build made. */
	public static Path jar() {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("danvan-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No target/danvan-*.jar: run ./mvnw verify"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The {@code java} of the JVM running the tests. */
	public static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** {@code java <options> -jar <the jar>}. */
	public static List<String> command(String... javaOptions) {
		List<String> command = new ArrayList<>(List.of(java()));
		command.addAll(List.of(javaOptions));
		command.addAll(List.of("-jar", jar().toAbsolutePath().toString()));
		return command;
	}

	public static ShippedJar start(List<String> command, Path folder, Map<String, String> environment) {
		try {
			Path logs = Files.createTempDirectory("danvan-jar-logs");
			ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
				.redirectOutput(logs.resolve("stdout").toFile())
				.redirectError(logs.resolve("stderr").toFile());
			builder.environment().clear();
			builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
			builder.environment().putAll(environment);
			return new ShippedJar(builder.start(), logs.resolve("stdout"), logs.resolve("stderr"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String stdout() {
		return read(this.stdout);
	}

	public String stderr() {
		return read(this.stderr);
	}

	public List<String> stderrLines() {
		return stderr().lines().toList();
	}

	/** Waits until {@code text} has been printed (on either stream). */
	public void awaitOutput(String text, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!stdout().contains(text) && !stderr().contains(text)) {
			if (System.nanoTime() > deadline || !this.process.isAlive()) {
				throw new AssertionError("The bot did not print \"" + text + "\" (alive: " + this.process.isAlive()
						+ "). It printed:\n" + stdout() + "\n" + stderr());
			}
			pause(100);
		}
	}

	/** Whether the process ended within {@code timeout}. */
	public boolean awaitExit(Duration timeout) {
		try {
			return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public int exitValue() {
		return this.process.exitValue();
	}

	/** Stops it as a supervisor does (SIGTERM) and says how long it took. */
	public Duration stop() {
		long start = System.nanoTime();
		this.process.destroy();
		if (!awaitExit(Duration.ofSeconds(60))) {
			this.process.destroyForcibly();
			throw new AssertionError("The bot did not stop within 60 s of SIGTERM");
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
			awaitExit(Duration.ofSeconds(10));
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
