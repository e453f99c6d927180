package dev.kefu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** kefu-bom pins every library artifact at the parent's version. */
class BomTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Modules that are not libraries a host depends on. */
    private static final List<String> NOT_LIBRARIES = List.of("bom", "examples", "benchmarks");

    @Test
    @DisplayName("kefu-bom lists every library module's artifact, and its version is kefu-parent's")
    void bom_lists_every_library_at_the_parent_version() throws Exception {
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
        assertThat(firstVersion(bom)).isEqualTo(firstVersion(parent));
        List<String> modules = new ArrayList<>();
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(parent);
        while (m.find()) {
            if (!NOT_LIBRARIES.contains(m.group(1))) {
                modules.add(m.group(1));
            }
        }
        assertThat(modules).contains("core", "sales", "orders", "gas");
        for (String module : modules) {
            String artifact = artifactOf(Files.readString(ROOT.resolve(module).resolve("pom.xml")));
            assertThat(bom).as(module).contains("<artifactId>" + artifact + "</artifactId>");
        }
    }

    private static String firstVersion(String pom) {
        Matcher m = Pattern.compile("<artifactId>kefu-(?:parent|bom)</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String artifactOf(String modulePom) {
        String afterParent = modulePom.substring(modulePom.indexOf("</parent>"));
        Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(afterParent);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
