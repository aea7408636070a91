package org.danvan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

/**
 * The filesystem and environment that the project's {@code Dockerfile} gives its final
 * image, laid out in a folder without Docker: what its {@code COPY} lines copy (from the
 * build context, or from the build stage, following the stage's {@code cp}), the folders
 * its {@code WORKDIR}, {@code VOLUME} and {@code RUN mkdir -p} make, what its
 * {@code RUN java …} and {@code rm -rf} commands do (run here with this JDK), its
 * {@code ENV}, its {@code HEALTHCHECK} and its {@code ENTRYPOINT}, with absolute paths
 * moved under the folder. Package installs and users are not reproduced.
 *
 * @param root the folder standing for the image's {@code /}
 * @param workDir the image's working directory, under {@code root}
 * @param environment what {@code ENV} sets, paths moved under {@code root}
 * @param entrypoint the command, {@code java} and paths moved
 * @param healthCheck the shell command of {@code HEALTHCHECK CMD}
 */
public record DockerImage(Path root, Path workDir, Map<String, String> environment, List<String> entrypoint,
		String healthCheck) {

	private static final Pattern FROM = Pattern.compile("FROM\\s+\\S+(?:\\s+AS\\s+(\\S+))?", Pattern.CASE_INSENSITIVE);

	private static final Pattern CP = Pattern.compile("\\bcp\\s+(\\S+)\\s+(\\S+)");

	private static final Pattern MKDIR = Pattern.compile("\\bmkdir\\s+-p\\s+([^&;|]+)");

	private static final Pattern ENV_PAIR = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)");

	/** Lays out the final stage of {@code project}'s Dockerfile in {@code root}. */
	public static DockerImage build(Path project, Path root) {
		List<Stage> stages = stages(project.resolve("Dockerfile"));
		Stage image = stages.get(stages.size() - 1);
		Path workDir = root;
		Map<String, String> environment = new LinkedHashMap<>();
		List<String> entrypoint = List.of();
		String healthCheck = null;
		for (String line : image.instructions()) {
			String[] parts = line.split("\\s+", 2);
			String keyword = parts[0].toUpperCase();
			String rest = (parts.length > 1) ? parts[1].strip() : "";
			switch (keyword) {
				case "WORKDIR" -> {
					workDir = under(root, rest);
					mkdirs(workDir);
				}
				case "COPY" -> copy(rest, project, root, stages);
				case "RUN" -> {
					Matcher mkdir = MKDIR.matcher(rest);
					while (mkdir.find()) {
						for (String dir : mkdir.group(1).strip().split("\\s+")) {
							mkdirs(under(root, dir));
						}
					}
					for (String command : rest.split("&&")) {
						run(command.strip().split("\\s+"), root, workDir);
					}
				}
				case "VOLUME" -> mkdirs(under(root, rest.replaceAll("[\\[\\]\"]", "")));
				case "ENV" -> {
					Matcher pair = ENV_PAIR.matcher(rest);
					while (pair.find()) {
						String value = pair.group(2).replaceAll("^\"|\"$", "");
						environment.put(pair.group(1), value.startsWith("/") ? under(root, value).toString() : value);
					}
				}
				case "HEALTHCHECK" -> healthCheck = rest.substring(rest.indexOf("CMD ") + 4).strip();
				case "ENTRYPOINT" -> entrypoint = entrypoint(rest, root);
				default -> {
					// USER, EXPOSE, LABEL: nothing to lay out
				}
			}
		}
		return new DockerImage(root, workDir, Map.copyOf(environment), entrypoint, healthCheck);
	}

	/** The path the image has at {@code absolute}, in the folder. */
	public Path path(String absolute) {
		return under(this.root, absolute);
	}

	private record Stage(String name, List<String> instructions) {

		Optional<String> workDir() {
			return this.instructions.stream()
				.filter((line) -> line.toUpperCase().startsWith("WORKDIR "))
				.map((line) -> line.substring(8).strip())
				.reduce((first, second) -> second);
		}

	}

	private static List<Stage> stages(Path dockerfile) {
		List<Stage> stages = new ArrayList<>();
		StringBuilder pending = new StringBuilder();
		for (String raw : read(dockerfile)) {
			String line = raw.strip();
			if (line.startsWith("#") || (line.isEmpty() && pending.isEmpty())) {
				continue;
			}
			if (line.endsWith("\\")) {
				pending.append(line, 0, line.length() - 1).append(' ');
				continue;
			}
			String instruction = pending.append(line).toString().replaceAll("\\s+", " ").strip();
			pending.setLength(0);
			Matcher from = FROM.matcher(instruction);
			if (from.matches()) {
				stages.add(new Stage(from.group(1), new ArrayList<>()));
			}
			else if (!instruction.isEmpty()) {
				stages.get(stages.size() - 1).instructions().add(instruction);
			}
		}
		return stages;
	}

	private static void copy(String arguments, Path project, Path root, List<Stage> stages) {
		List<String> words = new ArrayList<>(List.of(arguments.split("\\s+")));
		String fromStage = null;
		while (words.get(0).startsWith("--")) {
			String option = words.remove(0);
			if (option.startsWith("--from=")) {
				fromStage = option.substring(7);
			}
		}
		String destination = words.remove(words.size() - 1);
		for (String source : words) {
			Path from = (fromStage != null) ? inStage(stage(stages, fromStage), source, project)
					: project.resolve(source);
			Path to = destination.endsWith("/") ? under(root, destination).resolve(from.getFileName().toString())
					: under(root, destination);
			copyTree(from, to);
		}
	}

	/**
	 * Where a file of the build stage comes from in the project: a {@code cp} of it, or
	 * its work tree.
	 */
	private static Path inStage(Stage stage, String path, Path project) {
		String workDir = stage.workDir().orElse("/");
		for (String line : stage.instructions()) {
			Matcher cp = CP.matcher(line);
			while (cp.find()) {
				if (cp.group(2).equals(path)) {
					return glob(project, cp.group(1));
				}
			}
		}
		String relative = path.startsWith(workDir + "/") ? path.substring(workDir.length() + 1) : path;
		return project.resolve(relative);
	}

	private static Path glob(Path project, String pattern) {
		Path folder = project.resolve(pattern).getParent();
		PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + Path.of(pattern).getFileName());
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> matches = files.filter((file) -> matcher.matches(file.getFileName())).toList();
			if (matches.size() != 1) {
				throw new IllegalStateException("The Dockerfile's " + pattern + " matches " + matches);
			}
			return matches.get(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Stage stage(List<Stage> stages, String name) {
		return stages.stream()
			.filter((stage) -> name.equals(stage.name()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The Dockerfile has no stage " + name));
	}

	private static List<String> entrypoint(String json, Path root) {
		List<String> command = JsonMapper.shared().readValue(json, new TypeReference<List<String>>() {
		});
		List<String> moved = new ArrayList<>();
		for (String word : command) {
			if (moved.isEmpty() && word.equals("java")) {
				moved.add(ShippedJar.java());
			}
			else {
				moved.add(moved(root, word));
			}
		}
		return moved;
	}

	/**
	 * A {@code java} command (after any {@code NAME=value} settings for it) or an
	 * {@code rm -rf}, paths moved; anything else is left alone.
	 */
	private static void run(String[] words, Path root, Path workDir) {
		Map<String, String> environment = new LinkedHashMap<>();
		int first = 0;
		while (first < words.length && ENV_PAIR.matcher(words[first]).matches()) {
			String[] pair = words[first++].split("=", 2);
			environment.put(pair[0], moved(root, pair[1]));
		}
		if (first < words.length - 1 && words[first].equals("rm") && words[first + 1].equals("-rf")) {
			for (int i = first + 2; i < words.length; i++) {
				deleteRecursively(under(root, words[i]));
			}
		}
		if (first >= words.length || !words[first].equals("java")) {
			return;
		}
		List<String> command = new ArrayList<>(List.of(ShippedJar.java()));
		for (int i = first + 1; i < words.length; i++) {
			command.add(moved(root, words[i]));
		}
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
			builder.environment().putAll(environment);
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes());
			if (process.waitFor() != 0) {
				throw new IllegalStateException("The Dockerfile's " + String.join(" ", words) + " failed:\n" + output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** {@code /a/b} and {@code -Xoption=/a/b} with the path under the folder. */
	private static String moved(Path root, String word) {
		if (word.startsWith("/")) {
			return under(root, word).toString();
		}
		int equals = word.indexOf("=/");
		return (equals > 0) ? word.substring(0, equals + 1) + under(root, word.substring(equals + 1)) : word;
	}

	private static void deleteRecursively(Path path) {
		try {
			FileSystemUtils.deleteRecursively(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path under(Path root, String absolute) {
		return root.resolve(absolute.replaceAll("^/+", ""));
	}

	private static void copyTree(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					mkdirs(target);
				}
				else {
					mkdirs(target.getParent());
					Files.copy(file, target);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void mkdirs(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> read(Path file) {
		try {
			return Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
