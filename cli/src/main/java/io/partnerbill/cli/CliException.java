package io.partnerbill.cli;

/** A problem with the command's input that the user must fix; printed as one line, exit code 2. */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }
}
