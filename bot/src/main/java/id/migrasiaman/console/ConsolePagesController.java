package id.migrasiaman.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.migrasiaman.reports.ReportStatistics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the dashboard of anonymous counts. */
@Controller
class ConsolePagesController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReportStatistics statistics;

    ConsolePagesController(ReportStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/console/login")
    String login() {
        return "console/login";
    }

    /** The counts go to the page as a data attribute; {@code stats.js} draws them. */
    @GetMapping("/console/stats")
    String stats(Model model) {
        ReportStatistics.Counts counts = statistics.counts();
        model.addAttribute("counts", counts);
        model.addAttribute("countsJson", json(counts));
        return "console/stats";
    }

    private static String json(ReportStatistics.Counts counts) {
        try {
            return JSON.writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
