package org.rectiflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages depend on each other only through their public types, only on the
 * modules each declares in its {@code package-info}, with no cycles; the module
 * documentation under {@code docs/modules} is generated from the code and must match it.
 * After a change of the modules, regenerate it with
 * {@code ./mvnw test -Dtest=ModularityTests -Drectiflow.docs.update=true}.
 */
class ModularityTests {

	private static final Path DOCS = Path.of("docs", "modules");

	private static final ApplicationModules modules = ApplicationModules.of(RectiflowApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void noModuleUsesAnotherModulesRepository() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.rectiflow");
		List<String> violations = classes.stream()
			.flatMap((type) -> type.getDirectDependenciesFromSelf().stream())
			.filter((dependency) -> dependency.getTargetClass().getSimpleName().endsWith("Repository"))
			.filter((dependency) -> dependency.getTargetClass().getPackageName().startsWith("org.rectiflow."))
			.filter((dependency) -> !module(dependency.getOriginClass().getPackageName())
				.equals(module(dependency.getTargetClass().getPackageName())))
			.map((dependency) -> dependency.getDescription())
			.distinct()
			.toList();
		assertThat(violations).isEmpty();
	}

	@Test
	void moduleDocumentationIsGeneratedFromTheCode() throws IOException {
		Path generated = Files.createTempDirectory("modules");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		if (Boolean.getBoolean("rectiflow.docs.update")) {
			replace(DOCS, generated);
		}
		assertThat(contents(DOCS)).as("docs/modules is out of date: regenerate it (see this class's comment)")
			.isEqualTo(contents(generated));
	}

	private static String module(String packageName) {
		String[] parts = packageName.split("\\.");
		return (parts.length > 2) ? parts[2] : "";
	}

	private static Map<String, String> contents(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		if (Files.isDirectory(folder)) {
			try (Stream<Path> paths = Files.list(folder)) {
				paths.forEach((path) -> files.put(path.getFileName().toString(), read(path)));
			}
		}
		return files;
	}

	private static String read(Path path) {
		try {
			// the Documenter lists modules and beans in no fixed order: compare the lines
			return Files.readString(path)
				.replace("\r\n", "\n")
				.lines()
				.map(String::strip)
				.sorted()
				.collect(Collectors.joining("\n"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void replace(Path target, Path source) throws IOException {
		if (Files.isDirectory(target)) {
			try (Stream<Path> paths = Files.list(target)) {
				for (Path path : paths.toList()) {
					Files.delete(path);
				}
			}
		}
		Files.createDirectories(target);
		try (Stream<Path> paths = Files.list(source)) {
			for (Path path : paths.toList()) {
				Files.copy(path, target.resolve(path.getFileName()));
			}
		}
	}

}
