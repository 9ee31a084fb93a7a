package kz.otinish.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The friendly page for a form upload the container refused ({@link UploadLimitFilter}).
 */
@Controller
class UploadRefusedController {

	@GetMapping("/error/upload")
	ModelAndView showUploadRefused(HttpServletRequest request) {
		Object failure = request.getAttribute(UploadLimitFilter.FAILURE);
		String key = "error.upload.tooLarge".equals(failure) ? "error.upload.tooLarge" : "error.upload.unreadable";
		Object back = request.getAttribute(UploadLimitFilter.BACK);
		ModelAndView page = new ModelAndView("error/upload");
		page.addObject("messageKey", key);
		// only a path of this site, never an address from outside
		page.addObject("back",
				(back instanceof String path && path.startsWith("/") && !path.startsWith("//")) ? path : "/home");
		page.setStatus("error.upload.tooLarge".equals(key) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST);
		return page;
	}

}
