package org.rectiflow.identity;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 登录锁定: the administrators see the accounts locked now, for which address and until when,
 * and lift a lock-out (issue 16, W5).
 */
@Controller
class LockoutController {

	private final LoginLockouts lockouts;

	LockoutController(LoginLockouts lockouts) {
		this.lockouts = lockouts;
	}

	@GetMapping("/console/lockouts")
	String list(Model model) {
		requireAdministrator();
		model.addAttribute("lockouts", this.lockouts.current());
		return "identity/lockouts";
	}

	@PostMapping("/console/lockouts/lift")
	String lift(@RequestParam String userId, @RequestParam String source) {
		requireAdministrator();
		this.lockouts.lift(userId, source);
		return "redirect:/console/lockouts?lifted";
	}

	private static void requireAdministrator() {
		if (!CurrentUser.get().inGroup(GroupIds.CAMUNDA_ADMIN)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"仅系统管理员可以查看和解除登录锁定 / Only administrators see lock-outs");
		}
	}

}
