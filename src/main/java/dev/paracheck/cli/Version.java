package dev.paracheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** paracheck's version, from the properties file Maven fills in at build time. */
public final class Version implements CommandLine.IVersionProvider {
    public static String get() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/dev/paracheck/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"paracheck " + get(), "Java " + System.getProperty("java.version")};
    }
}
