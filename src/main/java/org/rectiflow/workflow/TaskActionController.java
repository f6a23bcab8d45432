package org.rectiflow.workflow;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.rectiflow.identity.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks/{taskId}")
@Tag(name = "任务操作 Task actions", description = "退回与转办 / return a step, pass to a colleague")
class TaskActionController {

	private final TaskActions actions;

	TaskActionController(TaskActions actions) {
		this.actions = actions;
	}

	@PostMapping("/transfer")
	@Operation(summary = "转办：把任务交给本部门的同事 / pass the task to a colleague of the same department")
	ResponseEntity<Void> transfer(@PathVariable String taskId, @Valid @RequestBody TransferRequest request) {
		this.actions.transfer(taskId, request.colleague(), request.reason(), CurrentUser.get());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/return")
	@Operation(summary = "退回：把任务退回上一步并说明理由 / send the task back to the previous step with a reason")
	ResponseEntity<ReturnAnswer> returnToPrevious(@PathVariable String taskId,
			@Valid @RequestBody ReturnRequest request) {
		String step = this.actions.returnToPrevious(taskId, request.reason(), CurrentUser.get());
		return ResponseEntity.ok(new ReturnAnswer(step));
	}

	record TransferRequest(@NotBlank(message = "请填写接收人 / colleague is required") @Size(max = 64) String colleague,
			@NotBlank(message = "请填写转办理由 / reason is required") @Size(max = 500) String reason) {
	}

	record ReturnRequest(@NotBlank(message = "请填写退回理由 / reason is required") @Size(max = 500) String reason) {
	}

	record ReturnAnswer(String returnedTo) {
	}

}
