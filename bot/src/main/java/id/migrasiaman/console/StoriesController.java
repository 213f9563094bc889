package id.migrasiaman.console;

import id.migrasiaman.stories.StoryStore;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Story moderation: each waiting story with the teller's original words beside the automatically
 * redacted text, which the moderator corrects before publishing (or rejects). The original is
 * erased by the decision.
 */
@Controller
class StoriesController {

    private final StoryStore stories;

    StoriesController(StoryStore stories) {
        this.stories = stories;
    }

    @GetMapping("/console/stories")
    String pending(Model model) {
        model.addAttribute("stories", stories.pending());
        model.addAttribute("published", stories.publishedCount());
        model.addAttribute("private", stories.privateStories(50));
        return "console/stories";
    }

    @PostMapping("/console/stories/{id}")
    String moderate(
            @PathVariable String id,
            @RequestParam String decision,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String advice,
            Principal staff,
            RedirectAttributes flash) {
        boolean publish = "publish".equals(decision);
        if (publish && text.isBlank()) {
            flash.addFlashAttribute("notice", "Teks cerita kosong: tidak diterbitkan.");
            return "redirect:/console/stories";
        }
        boolean done = stories.moderate(id, publish, text, advice, staff.getName());
        flash.addFlashAttribute(
                "notice",
                !done
                        ? "Cerita ini sudah diputuskan petugas lain."
                        : publish ? "Cerita diterbitkan." : "Cerita ditolak.");
        return "redirect:/console/stories";
    }
}
