package dev.hearth.config;

/** The configuration is wrong; the message is one sentence that names the key. Exit code 2. */
public class ConfigException extends RuntimeException {
    public ConfigException(String sentence) {
        super(sentence);
    }
}
