package id.migrasiaman.system;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /ping}: plain {@code ok} for load balancers. It touches no database and no other
 * service, so it says only that this process answers HTTP; readiness (MongoDB included) is {@code
 * /actuator/health/readiness}.
 */
@RestController
class PingController {

    @GetMapping(path = "/ping", produces = MediaType.TEXT_PLAIN_VALUE)
    String ping() {
        return "ok";
    }
}
