package org.danvan.area;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.danvan.shared.DeploymentProblem;

import org.springframework.core.io.ClassPathResource;

/**
 * Where the area tree is read from: the file named by the settings, else
 * {@code ./config/areas.yml} beside the deployment, else the sample shipped in the jar.
 *
 * @param description where it is, for logs and errors
 * @param file the file, or {@code null} for the sample in the jar
 */
record AreaSource(String description, Path file) {

	static final Path LOCAL_FILE = Path.of("config", "areas.yml");

	static final String SHIPPED = "config/areas.yml";

	static AreaSource of(AreaSettings settings) {
		if (settings.file() != null && !settings.file().isBlank()) {
			Path file = Path.of(settings.file().strip()).toAbsolutePath();
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				throw new DeploymentProblem(
						"The area file " + file + " (DANVAN_AREAS_FILE) "
								+ (Files.exists(file) ? "cannot be read." : "does not exist."),
						"Set DANVAN_AREAS_FILE to a readable areas.yml, or unset it to use the sample areas in the jar.");
			}
			return new AreaSource(file.toString(), file);
		}
		if (Files.isRegularFile(LOCAL_FILE)) {
			Path file = LOCAL_FILE.toAbsolutePath();
			return new AreaSource(file.toString(), file);
		}
		return new AreaSource("the sample areas in the jar", null);
	}

	AreaFileReader.Contents read(String defaultTimeZone) {
		try (InputStream in = open()) {
			return AreaFileReader.read(in, defaultTimeZone);
		}
		catch (IOException ex) {
			throw new DeploymentProblem("Cannot read the area file " + this.description + ": " + ex.getMessage(),
					"Check that the file is readable by the bot's user, or set DANVAN_AREAS_FILE to another.", ex);
		}
		catch (IllegalStateException ex) {
			throw new DeploymentProblem("The area file " + this.description + " is not valid: " + ex.getMessage(),
					"Correct the file (its comments give the rules), or set DANVAN_AREAS_FILE to another.", ex);
		}
	}

	private InputStream open() throws IOException {
		return (this.file != null) ? Files.newInputStream(this.file) : new ClassPathResource(SHIPPED).getInputStream();
	}

}
