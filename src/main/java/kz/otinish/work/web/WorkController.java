package kz.otinish.work.web;

import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.NotFound;
import kz.otinish.work.Work;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Waiting for me": the start page of the staff, every queue of work that waits for the
 * signed-in person with its first items, and one queue page by page.
 */
@Controller
class WorkController {

	static final int PAGE_SIZE = 20;

	private final Work work;

	WorkController(Work work) {
		this.work = work;
	}

	@GetMapping("/work")
	String showWork(CurrentUser user, Model model) {
		model.addAttribute("queues", this.work.of(user));
		return "work/start";
	}

	@GetMapping("/work/{queue}")
	String showQueue(@PathVariable String queue, @RequestParam(defaultValue = "0") int page, CurrentUser user,
			Model model) {
		int current = Math.max(page, 0);
		var found = this.work.queue(queue, user, current, PAGE_SIZE).orElseThrow(() -> new NotFound("work.notFound"));
		model.addAttribute("queue", found);
		model.addAttribute("page", current);
		model.addAttribute("pages", Math.max(1, (found.count() + PAGE_SIZE - 1) / PAGE_SIZE));
		return "work/queue";
	}

}
