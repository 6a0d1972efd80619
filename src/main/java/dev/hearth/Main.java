package dev.hearth;

/** Hearth's entry point: arguments, then configuration, then the Guice injector, then start and stop. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
