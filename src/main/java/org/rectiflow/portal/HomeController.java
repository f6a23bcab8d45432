package org.rectiflow.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The entry page: where each kind of user goes next, and the demo logins in the demo. */
@Controller
class HomeController {

	private final boolean demo;

	private final String countyName;

	HomeController(@Value("${rectiflow.demo.enabled:false}") boolean demo,
			@Value("${rectiflow.county.name:}") String countyName) {
		this.demo = demo;
		this.countyName = countyName;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("demo", this.demo);
		model.addAttribute("countyName", this.countyName);
		return "home";
	}

}
