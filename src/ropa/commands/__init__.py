"""One module per CLI command: each has run(...) -> exit code and prints its own output."""
