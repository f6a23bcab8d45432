package org.rectiflow.identity;

import org.rectiflow.common.ErrorPage;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

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
	ModelAndView list() {
		if (!administrator()) {
			return refused();
		}
		return new ModelAndView("identity/lockouts", "lockouts", this.lockouts.current());
	}

	@PostMapping("/console/lockouts/lift")
	ModelAndView lift(@RequestParam String userId, @RequestParam String source) {
		if (!administrator()) {
			return refused();
		}
		this.lockouts.lift(userId, source);
		return new ModelAndView("redirect:/console/lockouts?lifted");
	}

	private static boolean administrator() {
		return CurrentUser.get().inGroup(GroupIds.CAMUNDA_ADMIN);
	}

	private static ModelAndView refused() {
		return ErrorPage
			.of(HttpStatus.FORBIDDEN, "无权查看", "仅系统管理员可以查看和解除登录锁定 / Only administrators see and lift lock-outs")
			.view();
	}

}
