package id.migrasiaman;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries: Telegram stays in its package, the conversation core stays channel- and
 * storage-free.
 */
@AnalyzeClasses(packages = "id.migrasiaman", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule onlyTelegramImportsTelegramBots =
            noClasses()
                    .that()
                    .resideOutsideOfPackage("id.migrasiaman.telegram..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.telegram..");

    @ArchTest
    static final ArchRule conversationKnowsNoChannelHttpOrMongo =
            noClasses()
                    .that()
                    .resideInAPackage("id.migrasiaman.conversation..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "org.telegram..",
                            "com.mongodb..",
                            "org.bson..",
                            "de.bwaldvogel..",
                            "jakarta.servlet..",
                            "org.springframework.web..",
                            "org.springframework.http..",
                            "okhttp3..",
                            "id.migrasiaman.telegram..",
                            "id.migrasiaman.store..",
                            "id.migrasiaman.local..");

    @ArchTest
    static final ArchRule onlyStoreTouchesTheEmbeddedServer =
            noClasses()
                    .that()
                    .resideOutsideOfPackage("id.migrasiaman.store..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("de.bwaldvogel..");

    /** The console works on the queue's and the stories' public services, never on Telegram. */
    @ArchTest
    static final ArchRule consoleReachesReportersOnlyThroughTheQueue =
            noClasses()
                    .that()
                    .resideInAPackage("id.migrasiaman.console..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "id.migrasiaman.telegram..", "id.migrasiaman.conversation..");

    /** Only the console and the web security configuration know Spring Security. */
    @ArchTest
    static final ArchRule securityStaysInTheConsole =
            noClasses()
                    .that()
                    .resideOutsideOfPackage("id.migrasiaman.console..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.springframework.security..");
}
