package org.rectiflow.processadmin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Development only ({@code rectiflow.dev.hot-reload=true}, on in the {@code dev}
 * profile): a {@code .bpmn} or {@code .form} saved into {@code processes/} or
 * {@code forms/} is deployed again within seconds, without a restart. A watcher thread
 * waits until the folders have been quiet for a moment (one save is often several file
 * events), then deploys each changed model — or each model using a changed form — with
 * every form (tasks bind their forms to the deployment), through the same deployment gate
 * as any other deployment. A refusal is logged per element and the running version stays.
 */
@Component
@ConditionalOnProperty(prefix = "rectiflow.dev", name = "hot-reload", havingValue = "true")
class HotReload implements SmartLifecycle {

	/** The deployment source of hot-reloaded models. */
	static final String SOURCE = "rectiflow-hot-reload";

	private static final Logger log = LoggerFactory.getLogger(HotReload.class);

	private final ModelUpload upload;

	private final DevProperties properties;

	private final ObjectMapper json = new ObjectMapper();

	private volatile WatchService watcher;

	private volatile Thread thread;

	private volatile List<String> lastRefusal = List.of();

	HotReload(ModelUpload upload, DevProperties properties) {
		this.upload = upload;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (this.thread != null) {
			return;
		}
		try {
			this.watcher = FileSystems.getDefault().newWatchService();
			for (Path folder : folders()) {
				if (Files.isDirectory(folder)) {
					folder.register(this.watcher, StandardWatchEventKinds.ENTRY_CREATE,
							StandardWatchEventKinds.ENTRY_MODIFY);
					log.info("热部署：监视 {} / Hot reload watches {}", folder.toAbsolutePath(), folder.toAbsolutePath());
				}
				else {
					log.warn("热部署：目录 {} 不存在，不监视 / Hot reload: no folder {}", folder.toAbsolutePath(),
							folder.toAbsolutePath());
				}
			}
		}
		catch (IOException ex) {
			log.error("热部署无法启动 / Hot reload cannot start", ex);
			return;
		}
		this.thread = new Thread(this::watch, "rectiflow-hot-reload");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public synchronized void stop() {
		Thread running = this.thread;
		this.thread = null;
		if (running != null) {
			running.interrupt();
		}
		try {
			if (this.watcher != null) {
				this.watcher.close();
			}
		}
		catch (IOException ex) {
			log.debug("Closing the watch service", ex);
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	/** The problems of the last refused redeployment (empty after a success). */
	List<String> lastRefusal() {
		return this.lastRefusal;
	}

	private Set<Path> folders() {
		Set<Path> folders = new LinkedHashSet<>();
		folders.add(this.properties.processesDir().toAbsolutePath().normalize());
		folders.add(this.properties.formsDir().toAbsolutePath().normalize());
		return folders;
	}

	private void watch() {
		Set<Path> pending = new LinkedHashSet<>();
		long quiet = Math.max(50, this.properties.quietPeriod().toMillis());
		try {
			while (!Thread.currentThread().isInterrupted()) {
				WatchKey key = pending.isEmpty() ? this.watcher.take()
						: this.watcher.poll(quiet, TimeUnit.MILLISECONDS);
				if (key == null) {
					// quiet for a moment after the last event: deploy what changed
					redeploy(pending);
					pending.clear();
					continue;
				}
				Path folder = (Path) key.watchable();
				for (WatchEvent<?> event : key.pollEvents()) {
					if (event.context() instanceof Path name && isModel(name.toString())) {
						pending.add(folder.resolve(name));
					}
				}
				key.reset();
			}
		}
		catch (InterruptedException | ClosedWatchServiceException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean isModel(String name) {
		return (name.endsWith(".bpmn") || name.endsWith(".form")) && !name.startsWith(".");
	}

	/** Deploys the models affected by the changed files; never throws. */
	void redeploy(Set<Path> changed) {
		try {
			List<Path> forms = files(this.properties.formsDir(), ".form");
			Set<String> changedFormIds = new HashSet<>();
			Set<Path> models = new TreeSet<>();
			for (Path file : changed) {
				if (file.toString().endsWith(".bpmn") && Files.isRegularFile(file)) {
					models.add(file);
				}
				else if (file.toString().endsWith(".form") && Files.isRegularFile(file)) {
					String id = formId(Files.readAllBytes(file));
					if (id != null) {
						changedFormIds.add(id);
					}
					else {
						this.lastRefusal = List.of(file.getFileName() + " 不是有效的 Camunda 表单（无法读取 id）");
						log.warn("热部署：{} 不是有效的 Camunda 表单（JSON 无法解析或缺少 id），未部署 / Hot reload: {} is not a "
								+ "Camunda Form with an id; nothing deployed", file, file);
					}
				}
			}
			if (!changedFormIds.isEmpty()) {
				for (Path model : files(this.properties.processesDir(), ".bpmn")) {
					if (usesAny(model, changedFormIds)) {
						models.add(model);
					}
				}
			}
			for (Path model : models) {
				deploy(model, forms);
			}
		}
		catch (IOException | RuntimeException ex) {
			log.error("热部署失败 / Hot reload failed", ex);
		}
	}

	private void deploy(Path model, List<Path> forms) throws IOException {
		List<ModelUpload.ModelFile> files = new ArrayList<>();
		files.add(new ModelUpload.ModelFile(model.getFileName().toString(), Files.readAllBytes(model)));
		for (Path form : forms) {
			files.add(new ModelUpload.ModelFile(form.getFileName().toString(), Files.readAllBytes(form)));
		}
		String name = model.getFileName().toString();
		try {
			ModelUpload.Deployed deployed = this.upload.deploy(name, SOURCE, files);
			this.lastRefusal = List.of();
			if (deployed.unchanged()) {
				log.info("热部署：{} 没有变化 / Hot reload: {} unchanged", name, name);
			}
			else {
				deployed.versions()
					.forEach((version) -> log.info("热部署：{} 已部署为 {} 第 {} 版 / Hot reload: {} deployed as {} version {}",
							name, version.key(), version.version(), name, version.key(), version.version()));
			}
		}
		catch (DeploymentRefusedException ex) {
			List<String> problems = ex.problems()
				.stream()
				.map((problem) -> Stream.of(problem.resource(), problem.elementId(), problem.message())
					.filter((part) -> part != null && !part.isBlank())
					.reduce((left, right) -> left + " · " + right)
					.orElse(""))
				.toList();
			this.lastRefusal = problems;
			log.warn("热部署被拒绝，运行中的版本不变：{} / Hot reload refused, the running version stays: {}\n  - {}", name, name,
					String.join("\n  - ", problems));
		}
	}

	private boolean usesAny(Path model, Set<String> formIds) {
		try {
			return Bpmn.readModelFromStream(new ByteArrayInputStream(Files.readAllBytes(model)))
				.getModelElementsByType(UserTask.class)
				.stream()
				.anyMatch((task) -> formIds.contains(task.getCamundaFormRef()));
		}
		catch (IOException | RuntimeException ex) {
			// a model that does not parse is not redeployed for a form; its own save is
			return false;
		}
	}

	private String formId(byte[] content) {
		try {
			JsonNode id = this.json.readTree(content).path("id");
			return id.isTextual() ? id.asText() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static List<Path> files(Path folder, String extension) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(extension))
				.filter(Files::isRegularFile)
				.sorted()
				.toList();
		}
	}

}
