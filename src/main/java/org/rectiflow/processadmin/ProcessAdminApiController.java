package org.rectiflow.processadmin;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rectiflow.common.ApiExceptionHandler;
import org.rectiflow.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Process versions and migrations for other programs: the versions of a process, a
 * migration plan's preview, starting a migration batch and its progress. Errors are
 * ProblemDetails; a plan Camunda refuses answers 409 with its reasons.
 */
@RestController
@Tag(name = "流程版本与迁移 / Process versions and migration")
class ProcessAdminApiController {

	private final ProcessVersions versions;

	private final Migrations migrations;

	ProcessAdminApiController(ProcessVersions versions, Migrations migrations) {
		this.versions = versions;
		this.migrations = migrations;
	}

	@GetMapping("/api/processes")
	@Operation(summary = "每个流程的各个版本 / Every process with its versions")
	List<ProcessVersions.ProcessHistory> list() {
		ProcessAdminAccess.reader();
		return this.versions.all();
	}

	@GetMapping("/api/processes/{key}")
	@Operation(summary = "一个流程的各个版本 / One process's versions")
	ProcessVersions.ProcessHistory versions(@PathVariable String key) {
		ProcessAdminAccess.reader();
		return this.versions.of(key);
	}

	@GetMapping("/api/processes/{key}/migration-plan")
	@Operation(summary = "迁移预检：迁移计划及每个实例能否迁移 / Preview a migration: the plan and each instance")
	Migrations.Preview preview(@PathVariable String key, @RequestParam int from, @RequestParam int to) {
		ProcessAdminAccess.changer();
		return this.migrations.preview(key, from, to);
	}

	@PostMapping("/api/processes/{key}/migrations")
	@Operation(summary = "以批处理迁移运行中的实例 / Start a migration batch",
			description = "processInstanceIds 省略时迁移源版本的全部运行中实例；不能迁移的实例在批处理中失败并留在原版本。"
					+ " Without processInstanceIds, every running instance of the source version; an instance that "
					+ "cannot move fails its job and stays on its version.")
	ResponseEntity<Migrations.Started> start(@PathVariable String key, @RequestBody MigrationRequest request) {
		CurrentUser user = ProcessAdminAccess.changer();
		if (request == null || request.from() == null || request.to() == null) {
			throw new IllegalArgumentException("请给出 from 和 to 两个版本号 / Give the versions from and to");
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(this.migrations.start(key, request.from(), request.to(), request.processInstanceIds(), user));
	}

	@GetMapping("/api/processes/migrations/{batchId}")
	@Operation(summary = "迁移批处理的进度 / A migration batch's progress")
	Migrations.Progress progress(@PathVariable String batchId) {
		ProcessAdminAccess.reader();
		return this.migrations.progress(batchId);
	}

	@ExceptionHandler(MigrationRefusedException.class)
	ProblemDetail refused(MigrationRefusedException ex) {
		ProblemDetail problem = ApiExceptionHandler.problem(HttpStatus.CONFLICT, "无法迁移 / Cannot migrate",
				ex.getMessage());
		problem.setProperty("reasons", ex.reasons());
		return problem;
	}

	/** Which versions, and optionally which instances, to migrate. */
	record MigrationRequest(Integer from, Integer to, List<String> processInstanceIds) {

	}

}
