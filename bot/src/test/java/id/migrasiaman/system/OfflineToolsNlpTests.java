package id.migrasiaman.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.ClassifyCommand;
import id.migrasiaman.nlp.EvalCommand;
import org.junit.jupiter.api.Test;

class OfflineToolsNlpTests {

    @Test
    void registersTheNlpCommandsWithoutLoadingModels() {
        assertThat(OfflineTools.all().get("classify")).isInstanceOf(ClassifyCommand.class);
        assertThat(OfflineTools.all().get("eval")).isInstanceOf(EvalCommand.class);
    }
}
