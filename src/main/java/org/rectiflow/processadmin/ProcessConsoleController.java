package org.rectiflow.processadmin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.rectiflow.common.Bilingual;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.ErrorMessages;
import org.rectiflow.common.ErrorPage;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The console page of process versions ({@code /console/processes}): versions, diagram,
 * differences, deploying from the page, and migrating running instances with the batch's
 * progress polled by htmx. Process administrators change; 巡察办 reads; everyone else gets a
 * 403 page.
 */
@Controller
class ProcessConsoleController {

	private final ProcessVersions versions;

	private final ModelUpload upload;

	private final Migrations migrations;

	private final ProcessAdminProperties properties;

	ProcessConsoleController(ProcessVersions versions, ModelUpload upload, Migrations migrations,
			ProcessAdminProperties properties) {
		this.versions = versions;
		this.upload = upload;
		this.migrations = migrations;
		this.properties = properties;
	}

	@GetMapping("/console/processes")
	String list(Model model) {
		CurrentUser user = ProcessAdminAccess.reader();
		model.addAttribute("processes", this.versions.all());
		common(model, user);
		return "processadmin/processes";
	}

	@GetMapping("/console/processes/{key}")
	String process(@PathVariable String key, @RequestParam(required = false) Integer version, Model model) {
		CurrentUser user = ProcessAdminAccess.reader();
		ProcessVersions.ProcessHistory process = this.versions.of(key);
		int shown = (version != null) ? this.versions.definition(key, version).getVersion()
				: process.latest().version();
		model.addAttribute("process", process);
		model.addAttribute("shown", shown);
		int latest = process.latest().version();
		model.addAttribute("diffFrom", Math.max(1, latest - 1));
		model.addAttribute("diffTo", latest);
		common(model, user);
		return "processadmin/process";
	}

	@GetMapping(path = "/console/processes/{key}/versions/{version}/xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<byte[]> xml(@PathVariable String key, @PathVariable int version) {
		ProcessAdminAccess.reader();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(this.versions.xml(key, version));
	}

	@GetMapping("/console/processes/{key}/diff")
	String diff(@PathVariable String key, @RequestParam int from, @RequestParam int to, Model model) {
		CurrentUser user = ProcessAdminAccess.reader();
		ProcessVersions.ProcessHistory process = this.versions.of(key);
		model.addAttribute("process", process);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("diff", ModelDiff.between(this.versions.xml(key, from), this.versions.xml(key, to)));
		common(model, user);
		return "processadmin/diff";
	}

	@PostMapping("/console/processes/deployments")
	String deploy(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "name", required = false) String name, Model model) {
		CurrentUser user = ProcessAdminAccess.changer();
		List<ModelUpload.ModelFile> uploaded = new ArrayList<>();
		for (MultipartFile file : (files != null) ? files : List.<MultipartFile>of()) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue;
			}
			try {
				uploaded.add(new ModelUpload.ModelFile(file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		ModelUpload.Deployed deployed = this.upload.deploy(name, uploaded, user);
		model.addAttribute("deployed", deployed);
		common(model, user);
		return "processadmin/deployed";
	}

	@GetMapping("/console/processes/{key}/migration")
	String preview(@PathVariable String key, @RequestParam int from, @RequestParam int to, Model model) {
		CurrentUser user = ProcessAdminAccess.changer();
		model.addAttribute("preview", this.migrations.preview(key, from, to));
		common(model, user);
		return "processadmin/migration";
	}

	@PostMapping("/console/processes/{key}/migration")
	String migrate(@PathVariable String key, @RequestParam int from, @RequestParam int to,
			@RequestParam(name = "instanceIds", required = false) List<String> instanceIds) {
		CurrentUser user = ProcessAdminAccess.changer();
		Migrations.Started started = this.migrations.start(key, from, to,
				(instanceIds != null) ? instanceIds : List.of(), user);
		return "redirect:/console/processes/" + key + "/migrations/" + started.batchId() + "?from=" + from + "&to="
				+ to;
	}

	@GetMapping("/console/processes/{key}/migrations/{batchId}")
	String progress(@PathVariable String key, @PathVariable String batchId,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		CurrentUser user = ProcessAdminAccess.reader();
		model.addAttribute("progress", this.migrations.progress(batchId));
		model.addAttribute("process", this.versions.of(key));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		common(model, user);
		return ("true".equals(htmx)) ? "processadmin/batch :: progress" : "processadmin/batch";
	}

	private void common(Model model, CurrentUser user) {
		model.addAttribute("mayChange", ProcessAdminAccess.mayChange(user));
		model.addAttribute("maxFileSize", this.properties.maxFileSizeText());
	}

	@ExceptionHandler(AccessRefusedException.class)
	ModelAndView forbidden(AccessRefusedException ex) {
		return error(HttpStatus.FORBIDDEN, "无权访问", ex.getMessage(),
				List.of("流程版本页面只对流程管理员开放（巡察办可以查看）；部署流程和迁移流程实例只有流程管理员可以操作。如需权限，请联系系统管理员。"))
			.back("processes", "/", "返回首页")
			.view();
	}

	@ExceptionHandler(DeploymentRefusedException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String refused(DeploymentRefusedException ex, Model model) {
		model.addAttribute("problems", ex.problems());
		model.addAttribute("mayChange", true);
		return "processadmin/refused";
	}

	@ExceptionHandler(MigrationRefusedException.class)
	ModelAndView migrationRefused(MigrationRefusedException ex) {
		return error(HttpStatus.CONFLICT, "无法迁移", ex.getMessage(), ex.reasons()).view();
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ModelAndView notFound(RecordNotFoundException ex) {
		return error(HttpStatus.NOT_FOUND, "未找到", ex.getMessage(), List.of()).view();
	}

	@ExceptionHandler({ IllegalArgumentException.class, MissingServletRequestParameterException.class,
			MethodArgumentTypeMismatchException.class, MissingServletRequestPartException.class })
	ModelAndView badRequest(Exception ex) {
		String message = (ex instanceof MissingServletRequestPartException)
				? "请求参数有误 / Bad request parameters: " + ex.getMessage()
				: ErrorMessages.of(HttpStatus.BAD_REQUEST.value(), ex);
		return error(HttpStatus.BAD_REQUEST, "请求有误", message, List.of()).view();
	}

	private static ErrorPage error(HttpStatus status, String title, String message, List<String> reasons) {
		return ErrorPage.of(status, title, message)
			.withReasons(reasons)
			.back("processes", "/console/processes", "返回流程版本");
	}

}
